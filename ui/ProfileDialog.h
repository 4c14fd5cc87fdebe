#pragma once

#include "Profile.h"

#include <QDialog>

class FieldHint;
class ProfileService;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Adds, edits, renames, deletes, tests and imports connection profiles. Talks only to ProfileService: secrets go
// from the fields straight to the service and are never shown again (an empty secret field keeps the stored one).
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(ProfileService* service, QWidget* parent = nullptr);

    // What Import does once a file is chosen (tests call it directly: they cannot drive the file chooser).
    void importFrom(const QString& filePath);

private:
    // Selects the profile to edit; an empty name starts a new profile.
    void editProfile(const QString& name);
    void save();
    void deleteCurrent();
    void testConnection();
    // What the form holds now, as the service would receive it.
    Profile currentProfile() const;
    ProfileSecrets currentSecrets() const;
    bool canSave() const;

    void buildForm();
    void reloadList();
    void updateKeychainNotice();
    void updateState();
    void chooseImportFile();
    void showStatus(const QString& text, bool isError);
    QLineEdit* addField(const QString& label, const QString& objectName, FieldHint** hint);

    ProfileService* m_service;
    QString m_editingName; // empty while adding a new profile
    bool m_saving = false; // a save or rename is under way: m_editingName is about to change
    QLabel* m_keychainNotice = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_authMode = nullptr;
    QLineEdit* m_accessKeyId = nullptr;
    QLineEdit* m_accessKeySecret = nullptr;
    QLineEdit* m_securityToken = nullptr;
    QLineEdit* m_bearerToken = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_signing = nullptr;
    QLineEdit* m_rdsEndpoint = nullptr;
    QLineEdit* m_redisEndpoint = nullptr;
    QCheckBox* m_sessionOnly = nullptr;
    FieldHint* m_nameHint = nullptr;
    FieldHint* m_accessKeyIdHint = nullptr;
    FieldHint* m_secretHint = nullptr;
    FieldHint* m_tokenHint = nullptr;
    FieldHint* m_bearerHint = nullptr;
    FieldHint* m_regionHint = nullptr;
    FieldHint* m_rdsHint = nullptr;
    FieldHint* m_redisHint = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
