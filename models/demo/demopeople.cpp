// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's people: an AI-IRB board, compliance, legal, model owners, engineers and the
// other roles of SPEC §1, at the fictitious domain example.org.
#include "democontext.h"
#include "demosteps.h"
#include "storage/personrepository.h"

#include <algorithm>

namespace Quorum::Demo {

namespace {

struct PersonSpec
{
    QStringView name;
    QStringView email;
    std::vector<Role> roles;
    bool active = true;
};

std::vector<PersonSpec> people()
{
    using enum Role;
    return {
        {u"Amara Okafor", u"amara.okafor@example.org", {Reviewer}},
        {u"Henrik Lindqvist", u"henrik.lindqvist@example.org", {Reviewer}},
        {u"Priya Raman", u"priya.raman@example.org", {Reviewer}},
        {u"Tomás Ibarra", u"tomas.ibarra@example.org", {Reviewer}},
        {u"Mei-Ling Chen", u"mei-ling.chen@example.org", {Reviewer}},
        {u"Gregor Novak", u"gregor.novak@example.org", {Reviewer}, false}, // left the board
        {u"Sofia Marchetti", u"sofia.marchetti@example.org", {Compliance}},
        {u"Daniel Brennan", u"daniel.brennan@example.org", {Legal}},
        {u"Laura Kowalski", u"laura.kowalski@example.org", {Owner}},
        {u"Marcus Webb", u"marcus.webb@example.org", {Owner, Business}},
        {u"Aisha Rahman", u"aisha.rahman@example.org", {Owner}},
        {u"Jonas Becker", u"jonas.becker@example.org", {Owner}},
        {u"Elena Petrova", u"elena.petrova@example.org", {Owner}},
        {u"Kenji Watanabe", u"kenji.watanabe@example.org", {Owner}},
        {u"Ravi Shankar", u"ravi.shankar@example.org", {MlEngineer}},
        {u"Chloé Dubois", u"chloe.dubois@example.org", {MlEngineer}},
        {u"Mateo Fernández", u"mateo.fernandez@example.org", {MlEngineer}},
        {u"Nadia Haddad", u"nadia.haddad@example.org", {MlLead, MlEngineer}},
        {u"Oliver Grant", u"oliver.grant@example.org", {Business}},
        {u"Hannah Schulz", u"hannah.schulz@example.org", {Qa}},
        {u"Sam Taylor", u"sam.taylor@example.org", {Admin}},
    };
}

bool holds(const PersonSpec &spec, Role role)
{
    return std::find(spec.roles.begin(), spec.roles.end(), role) != spec.roles.end();
}

void remember(DemoPeople &people, const PersonSpec &spec, qint64 id)
{
    people.byEmail.insert(spec.email.toString(), id);
    if (!spec.active) {
        return;
    }
    if (holds(spec, Role::MlEngineer) && !holds(spec, Role::MlLead)) {
        people.engineers.push_back(id);
    }
    if (holds(spec, Role::Compliance)) {
        people.compliance = id;
    }
    if (holds(spec, Role::MlLead)) {
        people.mlLead = id;
    }
}

} // namespace

void addPeople(DemoContext &context)
{
    PersonRepository repository(context.db);
    int index = 0;
    for (const PersonSpec &spec : people()) {
        Person person;
        person.name = spec.name.toString();
        person.email = spec.email.toString();
        person.roles = spec.roles;
        person.active = spec.active;
        // Everyone was registered when the governance database was set up, well before the
        // oldest model version of the demo.
        person.createdAt = context.daysBefore(1000, 9, 5 * index++);
        remember(context.people, spec, repository.add(context.transaction, person));
    }
}

} // namespace Quorum::Demo
