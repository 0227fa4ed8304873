<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Quorum::Cli::CheckCommand</name>
    <message numerus="yes">
        <source>Integrity:     %n problem(s)
</source>
        <translation>
            <numerusform>Integrity:     %n problem
</numerusform>
            <numerusform>Integrity:     %n problems
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys:  %n dangling reference(s)
</source>
        <translation>
            <numerusform>Foreign keys:  %n dangling reference
</numerusform>
            <numerusform>Foreign keys:  %n dangling references
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::SubmitCommand</name>
    <message numerus="yes">
        <source>%n check(s) failed: approval needs a waiver by %1 first.
</source>
        <translation>
            <numerusform>%n check failed: approval needs a waiver by %1 first.
</numerusform>
            <numerusform>%n checks failed: approval needs a waiver by %1 first.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::VerifyCommand</name>
    <message numerus="yes">
        <source>Audit trail:  %n event(s), head #%1 %2
</source>
        <translation>
            <numerusform>Audit trail:  %n event, head #%1 %2
</numerusform>
            <numerusform>Audit trail:  %n events, head #%1 %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signatures:   %n decision(s)</source>
        <translation>
            <numerusform>Signatures:   %n decision</numerusform>
            <numerusform>Signatures:   %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n checkpoint(s) checked
</source>
        <translation>
            <numerusform> and %n checkpoint checked
</numerusform>
            <numerusform> and %n checkpoints checked
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result:       %n problem(s) found
</source>
        <translation>
            <numerusform>Result:       %n problem found
</numerusform>
            <numerusform>Result:       %n problems found
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::AuditReport</name>
    <message numerus="yes">
        <source>The audit trail does not hold: %n problem(s) in %1 events.</source>
        <translation>
            <numerusform>The audit trail does not hold: %n problem in %1 events.</numerusform>
            <numerusform>The audit trail does not hold: %n problems in %1 events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::AlertsPanel</name>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n active alert</numerusform>
            <numerusform>%n active alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ApprovalsTab</name>
    <message numerus="yes">
        <source>%n release request(s)</source>
        <translation>
            <numerusform>%n release request</numerusform>
            <numerusform>%n release requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::CompareDialog</name>
    <message numerus="yes">
        <source>&amp;Metrics (%n regression(s))</source>
        <translation>
            <numerusform>&amp;Metrics (%n regression)</numerusform>
            <numerusform>&amp;Metrics (%n regressions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::CompareFormat</name>
    <message numerus="yes">
        <source>%n regression(s) beyond %1 (tier %2 policy, version %3).</source>
        <translation>
            <numerusform>%n regression beyond %1 (tier %2 policy, version %3).</numerusform>
            <numerusform>%n regressions beyond %1 (tier %2 policy, version %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::CompareRevisionsDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n field differ.</numerusform>
            <numerusform>%n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::HomeArea</name>
    <message numerus="yes">
        <source>Pending requests that expire within %n day(s) unless they are decided.</source>
        <translation>
            <numerusform>Pending requests that expire within %n day unless they are decided.</numerusform>
            <numerusform>Pending requests that expire within %n days unless they are decided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No request expires in the next %n day(s).</source>
        <translation>
            <numerusform>No request expires in the next %n day.</numerusform>
            <numerusform>No request expires in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::HomeRows</name>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::KpiTiles</name>
    <message numerus="yes">
        <source>%n deployment(s) · %1</source>
        <translation>
            <numerusform>%n deployment · %1</numerusform>
            <numerusform>%n deployments · %1</numerusform>
        </translation>
    </message>
</context>
</TS>
