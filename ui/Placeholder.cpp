// placeholder, replaced by the ui work
