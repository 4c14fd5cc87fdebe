// placeholder, replaced by the app work
