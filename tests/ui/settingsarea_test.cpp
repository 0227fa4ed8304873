// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsarea.h"
#include "settings/signingidentity.h"
#include "testkeys.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

struct SettingsFixture
{
    SettingsFixture()
    {
        Test::resetUiSettings();
        identity = std::make_unique<Ui::SigningIdentity>();
        identity->setDatabaseSource(gov.source());
        area = std::make_unique<Ui::SettingsArea>(identity.get());
    }

    ~SettingsFixture()
    {
        area.reset();
        identity.reset();
        Test::resetUiSettings();
    }

    /// Reads @p handle's key file with @p passphrase and waits until it is resolved or refused.
    void readKey(const QString &handle, const QString &passphrase)
    {
        QSignalSpy resolved(identity.get(), &Ui::SigningIdentity::resolved);
        QSignalSpy failed(area.get(), &Ui::SettingsArea::keyFailed);
        area->readKeyFile(Test::testKey(handle).p12Path, passphrase);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !failed.isEmpty()
                    || (!resolved.isEmpty()
                        && identity->status() != Ui::SigningIdentity::Status::Resolving);
            },
            kTimeoutMs));
    }

    QString text(const QString &name) const
    {
        const auto *label = area->findChild<QLabel *>(name);
        REQUIRE(label);
        return label->text();
    }

    Test::UiGovernance gov;
    std::unique_ptr<Ui::SigningIdentity> identity;
    std::unique_ptr<Ui::SettingsArea> area;
};

} // namespace

TEST_CASE_METHOD(SettingsFixture,
                 "Choosing a key file shows its certificate and the person it belongs to", "[ui]")
{
    CHECK(text(QStringLiteral("identityKeyFile")) == QStringLiteral("No key file chosen yet"));
    readKey(QStringLiteral("reviewer1"), Test::testKeyPassphrase());
    const Test::TestKey key = Test::testKey(QStringLiteral("reviewer1"));
    CHECK(identity->status() == Ui::SigningIdentity::Status::Registered);
    CHECK(identity->personId() == gov.person(QStringLiteral("reviewer1")).id);
    CHECK(text(QStringLiteral("identityName")) == key.name);
    CHECK(text(QStringLiteral("identityEmail")) == key.email);
    CHECK(text(QStringLiteral("identityFingerprint")).remove(QLatin1Char(' '))
          == key.certificate.fingerprintSha256);
    CHECK(text(QStringLiteral("identityValidity")).endsWith(QStringLiteral("valid now")));
    CHECK(text(QStringLiteral("identityPerson"))
          == QStringLiteral("Test reviewer1 <reviewer1@example.org> · AI-IRB reviewer"));

    // The path and the fingerprint are remembered; the passphrase is not.
    const QSettings settings;
    CHECK(settings.value(QStringLiteral("signing/fingerprint")).toString()
          == key.certificate.fingerprintSha256);
    const Ui::SigningIdentity again;
    CHECK(again.keyPath() == identity->keyPath());
    CHECK(again.certificate().has_value());
    for (const QString &stored : settings.allKeys()) {
        CHECK_FALSE(settings.value(stored).toString().contains(Test::testKeyPassphrase()));
    }
}

TEST_CASE_METHOD(SettingsFixture, "A certificate nobody in the database holds says how to register",
                 "[ui]")
{
    readKey(QStringLiteral("stranger"), Test::testKeyPassphrase());
    CHECK(identity->status() == Ui::SigningIdentity::Status::NotRegistered);
    const QString person = text(QStringLiteral("identityPerson"));
    CHECK(person.startsWith(QStringLiteral("This certificate is not registered in this database")));
    CHECK(person.contains(QStringLiteral("quorumctl --db")));
    CHECK(person.contains(QStringLiteral("person add --name \"Test stranger\"")));
}

TEST_CASE_METHOD(SettingsFixture, "A wrong passphrase is reported and nothing is remembered",
                 "[ui]")
{
    QSignalSpy failed(area.get(), &Ui::SettingsArea::keyFailed);
    readKey(QStringLiteral("reviewer1"), QStringLiteral("wrong"));
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().at(1).toBool());
    CHECK_FALSE(identity->hasKey());
    CHECK(text(QStringLiteral("identityMessage")) == failed.first().at(0).toString());
}
