<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutomatedMode</name>
    <message>
        <source>--%1 does not go with --automated: the environment gives the decision.</source>
        <translation>--%1 ist mit --automated nicht kombinierbar: Die Entscheidung kommt aus der Umgebung.</translation>
    </message>
</context>
<context>
    <name>QCA</name>
    <message>
        <source>%1 is not a PKCS#12 key file (.p12). Export your key and certificate as PKCS#12, or create one with quorumctl keygen.</source>
        <translation>%1 ist keine PKCS#12-Schlüsseldatei (.p12). Exportieren Sie Ihren Schlüssel und Ihr Zertifikat als PKCS#12 oder erstellen Sie eine Datei mit quorumctl keygen.</translation>
    </message>
    <message>
        <source>%1 holds no certificate for its key.</source>
        <translation>%1 enthält kein Zertifikat zum enthaltenen Schlüssel.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it and try again; if it is right, the file holds no private key.</source>
        <translation>Die Passphrase öffnet %1 nicht. Prüfen Sie sie und versuchen Sie es erneut; ist sie richtig, enthält die Datei keinen privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Quorum</name>
    <message>
        <source>events %1 to %2 are missing (deleted)</source>
        <translation>die Ereignisse %1 bis %2 fehlen (gelöscht)</translation>
    </message>
    <message>
        <source>its sequence number is out of order</source>
        <translation>die Sequenznummer steht nicht an der richtigen Stelle</translation>
    </message>
    <message>
        <source>it does not link to the event before it (previous hash %1…, expected %2…): an event before it was removed, inserted or changed</source>
        <translation>kein Verweis auf das vorhergehende Ereignis (vorheriger Hash %1…, erwartet %2…): Ein früheres Ereignis wurde entfernt, eingefügt oder geändert</translation>
    </message>
    <message>
        <source>its content does not match its hash: the event was changed after it was recorded (%1 %2 #%3)</source>
        <translation>der Inhalt passt nicht zum Hash: Das Ereignis wurde nach der Aufzeichnung geändert (%1 %2 #%3)</translation>
    </message>
    <message>
        <source>%1 p-value</source>
        <translation>p-Wert (%1)</translation>
    </message>
    <message>
        <source>%1 statistic</source>
        <translation>%1-Statistik</translation>
    </message>
    <message>
        <source>Disparate impact ratio</source>
        <translation>Disparate-Impact-Verhältnis</translation>
    </message>
    <message>
        <source>&lt; 0.8 (four-fifths rule)</source>
        <translation>&lt; 0.8 (Vier-Fünftel-Regel)</translation>
    </message>
    <message>
        <source>Demographic parity difference</source>
        <translation>Differenz der demografischen Parität</translation>
    </message>
    <message>
        <source>&gt; 0.20 (policy)</source>
        <translation>&gt; 0.20 (Richtlinie)</translation>
    </message>
    <message>
        <source>Demographic parity ratio</source>
        <translation>Verhältnis der demografischen Parität</translation>
    </message>
    <message>
        <source>Statistical parity difference (AIF360)</source>
        <translation>Differenz der statistischen Parität (AIF360)</translation>
    </message>
    <message>
        <source>Equal opportunity difference</source>
        <translation>Differenz der Chancengleichheit (Equal Opportunity)</translation>
    </message>
    <message>
        <source>Equalized odds difference</source>
        <translation>Differenz der Equalized Odds</translation>
    </message>
    <message>
        <source>Average odds difference</source>
        <translation>Differenz der durchschnittlichen Odds (Average Odds)</translation>
    </message>
    <message>
        <source>%1 &lt; 0.8 (four-fifths rule)</source>
        <translation>%1 &lt; 0.8 (Vier-Fünftel-Regel)</translation>
    </message>
    <message>
        <source>There is no model version with id %1 (any more).</source>
        <translation>Es gibt keine Modellversion mit der ID %1 (mehr).</translation>
    </message>
    <message>
        <source>Version %1 cannot be compared with itself; choose another baseline.</source>
        <translation>Version %1 kann nicht mit sich selbst verglichen werden; wählen Sie eine andere Basisversion.</translation>
    </message>
    <message>
        <source>Version %1 belongs to another model than %2 %3; only versions of one model can be compared.</source>
        <translation>Version %1 gehört zu einem anderen Modell als %2 %3; nur Versionen desselben Modells können verglichen werden.</translation>
    </message>
    <message>
        <source>The model of version %1 no longer exists.</source>
        <translation>Das Modell der Version %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation>%1 enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 holds no certificate for its key.</source>
        <translation>%1 enthält kein Zertifikat zu seinem Schlüssel.</translation>
    </message>
    <message>
        <source>The key in %1 cannot make signatures.</source>
        <translation>Mit dem Schlüssel in %1 lassen sich keine Signaturen erstellen.</translation>
    </message>
    <message>
        <source>The key and the certificate in %1 do not belong together.</source>
        <translation>Schlüssel und Zertifikat in %1 gehören nicht zusammen.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it seems to be open in another program (%2 exists). Close Quorum or quorumctl using it and try again, or choose another path.</source>
        <translation>%1 kann nicht ersetzt werden: Die Datei scheint in einem anderen Programm geöffnet zu sein (%2 existiert). Schließen Sie Quorum oder quorumctl, falls es sie verwendet, und versuchen Sie es erneut, oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the demo database.</source>
        <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen für die Demo-Datenbank.</translation>
    </message>
    <message>
        <source>%1 already exists and was left untouched. Choose another path, or ask explicitly to replace it with the demo database.</source>
        <translation>%1 existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Pfad oder verlangen Sie ausdrücklich, die Datei durch die Demo-Datenbank zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot create the demo database %1: the folder %2 does not exist.</source>
        <translation>Die Demo-Datenbank %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the demo database %1: the folder %2 is read-only. Choose a folder you can write to.</source>
        <translation>Die Demo-Datenbank %1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The demo database could not be moved into place as %1. Nothing was changed; check the folder&apos;s permissions and free space.</source>
        <translation>Die Demo-Datenbank konnte nicht als %1 an ihren Platz verschoben werden. Es wurde nichts geändert; prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners.</translation>
    </message>
    <message>
        <source>The demo database needs a valid date to build its timeline.</source>
        <translation>Die Demo-Datenbank braucht ein gültiges Datum, um ihre Zeitleiste aufzubauen.</translation>
    </message>
    <message>
        <source>The governance database %1 already holds models, so no demo content was added. Create the demo database in a new file instead.</source>
        <translation>Die Governance-Datenbank %1 enthält bereits Modelle, daher wurden keine Demo-Inhalte hinzugefügt. Legen Sie die Demo-Datenbank stattdessen in einer neuen Datei an.</translation>
    </message>
    <message>
        <source>The demo content is inconsistent; nothing was written.</source>
        <translation>Die Demo-Inhalte sind inkonsistent; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Release request #%1 does not exist in %2, so it has no approval record.</source>
        <translation>Der Freigabeantrag #%1 existiert in %2 nicht und hat daher keinen Freigabenachweis.</translation>
    </message>
    <message>
        <source>Release request #%1 in %2 is %3, not decided: an approval record is written only for a request that was approved, rejected or sent back for changes.</source>
        <translation>Der Freigabeantrag #%1 in %2 ist %3, nicht entschieden: Ein Freigabenachweis wird nur für einen Antrag geschrieben, der freigegeben, abgelehnt oder zur Überarbeitung zurückgegeben wurde.</translation>
    </message>
    <message>
        <source>Release request #%1 in %2 refers to model version #%3, which is missing.</source>
        <translation>Der Freigabeantrag #%1 in %2 verweist auf die Modellversion #%3, die fehlt.</translation>
    </message>
    <message>
        <source>Release request #%1 in %2 is %3 but has no closing time.</source>
        <translation>Der Freigabeantrag #%1 in %2 ist %3, hat aber keinen Abschlusszeitpunkt.</translation>
    </message>
    <message>
        <source>Request #%1 is %2: it can no longer be decided.</source>
        <translation>Antrag #%1 ist %2: Über ihn kann nicht mehr entschieden werden.</translation>
    </message>
    <message>
        <source>Request #%1 expired on %2 UTC: the owner must submit it again.</source>
        <translation>Antrag #%1 ist am %2 UTC abgelaufen: Der Modellverantwortliche muss ihn erneut einreichen.</translation>
    </message>
    <message>
        <source>A rationale is required: say why you decide this way.</source>
        <translation>Eine Begründung ist erforderlich: Erläutern Sie, warum Sie so entscheiden.</translation>
    </message>
    <message>
        <source>Approve with conditions needs the conditions.</source>
        <translation>„Unter Auflagen freigeben“ erfordert die Angabe der Auflagen.</translation>
    </message>
    <message>
        <source>A waiver needs an expiry date.</source>
        <translation>Eine Ausnahme braucht ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The waiver&apos;s expiry %1 UTC is not in the future.</source>
        <translation>Der Ablauf der Ausnahme (%1 UTC) liegt nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>%1 is no longer an active person of this database.</source>
        <translation>%1 ist keine aktive Person dieser Datenbank mehr.</translation>
    </message>
    <message>
        <source>Segregation of duties: %1 submitted request #%2 and cannot decide on it.</source>
        <translation>Funktionstrennung: %1 hat Antrag #%2 eingereicht und kann nicht darüber entscheiden.</translation>
    </message>
    <message>
        <source>Segregation of duties: %1 owns the model %2 and cannot decide on its releases.</source>
        <translation>Funktionstrennung: %1 ist Verantwortlicher des Modells %2 und kann nicht über dessen Freigaben entscheiden.</translation>
    </message>
    <message>
        <source>%1 does not hold the role %2.</source>
        <translation>%1 hat die Rolle %2 nicht.</translation>
    </message>
    <message>
        <source>Only %1 may grant a waiver under the tier %2 policy (version %3).</source>
        <translation>Nur %1 darf nach der Richtlinie der Risikostufe %2 (Version %3) eine Ausnahme gewähren.</translation>
    </message>
    <message>
        <source>The tier %1 policy (version %2) asks %3, not %4.</source>
        <translation>Die Richtlinie der Risikostufe %1 (Version %2) verlangt %3, nicht %4.</translation>
    </message>
    <message>
        <source>%1 already decided on request #%2 (%3, %4 UTC): one person counts once.</source>
        <translation>%1 hat bereits über Antrag #%2 entschieden (%3, %4 UTC): Jede Person zählt nur einmal.</translation>
    </message>
    <message>
        <source>Every threshold check of request #%1 passed: there is nothing to waive.</source>
        <translation>Alle Schwellenwertprüfungen von Antrag #%1 wurden bestanden: Es gibt nichts, wofür eine Ausnahme nötig wäre.</translation>
    </message>
    <message>
        <source>A threshold check of request #%1 failed: it can be approved only after a waiver by %2.</source>
        <translation>Eine Schwellenwertprüfung von Antrag #%1 ist fehlgeschlagen: Er kann erst nach einer Ausnahme durch %2 freigegeben werden.</translation>
    </message>
    <message>
        <source>The tier %1 policy requires a QA tester&apos;s check (&quot;Tester ✓&quot;) before approval, and request #%2 has none.</source>
        <translation>Die Richtlinie der Risikostufe %1 verlangt vor der Freigabe die Prüfung durch einen QA-Tester (&quot;Tester ✓&quot;), und Antrag #%2 hat keine.</translation>
    </message>
    <message>
        <source>it carries the same signature as decision #%1 (replayed)</source>
        <translation>dieselbe Signatur wie bei Entscheidung #%1 (wiederverwendet)</translation>
    </message>
    <message>
        <source>Policy #%1 in %2 is damaged: its %3 is not a JSON object (%4). An administrator must store a corrected policy version.</source>
        <translation>Richtlinie #%1 in %2 ist beschädigt: Ihr Feld %3 ist kein JSON-Objekt (%4). Ein Administrator muss eine korrigierte Richtlinienversion speichern.</translation>
    </message>
    <message>
        <source>Policy #%1 in %2 is damaged: an approval requirement needs a known role and a count of at least 1 (found %3).</source>
        <translation>Richtlinie #%1 in %2 ist beschädigt: Eine Freigabeanforderung braucht eine bekannte Rolle und eine Anzahl von mindestens 1 (gefunden: %3).</translation>
    </message>
    <message>
        <source>Release request #%1 does not exist in %2, so it has no row in the release log.</source>
        <translation>Der Freigabeantrag #%1 existiert in %2 nicht und hat daher keine Zeile im Release-Log.</translation>
    </message>
    <message>
        <source>Release request #%1 in %2 is %3, not decided: the release log lists approved, rejected and sent-back requests only.</source>
        <translation>Der Freigabeantrag #%1 in %2 ist %3, nicht entschieden: Das Release-Log führt nur freigegebene, abgelehnte und zur Überarbeitung zurückgegebene Anträge.</translation>
    </message>
    <message>
        <source>The release log %1 cannot be read, so no row was added to it.</source>
        <translation>Das Release-Log %1 kann nicht gelesen werden; es wurde keine Zeile hinzugefügt.</translation>
    </message>
    <message>
        <source>The release log %1 cannot be written: its folder %2 cannot be created.</source>
        <translation>Das Release-Log %1 kann nicht geschrieben werden: Sein Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The release log %1 cannot be opened for appending; no row was added. Check the file&apos;s permissions.</source>
        <translation>Das Release-Log %1 kann nicht zum Anhängen geöffnet werden; es wurde keine Zeile hinzugefügt. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The row of %1 could not be appended to the release log %2; check the free space and the end of the file.</source>
        <translation>Die Zeile für %1 konnte nicht an das Release-Log %2 angehängt werden; prüfen Sie den freien Speicherplatz und das Ende der Datei.</translation>
    </message>
    <message>
        <source>The approval record of request #%1 has no usable file name (&quot;%2&quot;); nothing was written to %3.</source>
        <translation>Der Freigabenachweis von Antrag #%1 hat keinen verwendbaren Dateinamen (&quot;%2&quot;); nach %3 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The approvals folder %1 cannot be created; check the permissions of the folder that holds it.</source>
        <translation>Der Freigabe-Ordner %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>The approval record %1 already exists but cannot be read; it was left untouched.</source>
        <translation>Der Freigabenachweis %1 existiert bereits, kann aber nicht gelesen werden; er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The approval record %1 already exists with different content. Approval records are never overwritten: nothing was written. Compare the file with the record in the database.</source>
        <translation>Der Freigabenachweis %1 existiert bereits mit anderem Inhalt. Freigabenachweise werden nie überschrieben: Es wurde nichts geschrieben. Vergleichen Sie die Datei mit dem Eintrag in der Datenbank.</translation>
    </message>
    <message>
        <source>The approval record %1 could not be written; check the folder&apos;s permissions and free space. No partial file was left.</source>
        <translation>Der Freigabenachweis %1 konnte nicht geschrieben werden; prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners. Es blieb keine unvollständige Datei zurück.</translation>
    </message>
    <message>
        <source>%1 is not an active person of this database.</source>
        <translation>%1 ist keine aktive Person dieser Datenbank.</translation>
    </message>
    <message>
        <source>There is no model version #%1.</source>
        <translation>Es gibt keine Modellversion #%1.</translation>
    </message>
    <message>
        <source>There is no model #%1.</source>
        <translation>Es gibt kein Modell #%1.</translation>
    </message>
    <message>
        <source>There is no release request #%1.</source>
        <translation>Es gibt keinen Freigabeantrag #%1.</translation>
    </message>
    <message>
        <source>Request #%1 is %2, not pending.</source>
        <translation>Antrag #%1 ist %2, nicht offen.</translation>
    </message>
    <message>
        <source>Request #%1 for this version is still pending: withdraw it or wait for its decision.</source>
        <translation>Antrag #%1 für diese Version ist noch offen: Ziehen Sie ihn zurück oder warten Sie auf die Entscheidung.</translation>
    </message>
    <message>
        <source>There is no model version with id %1.</source>
        <translation>Es gibt keine Modellversion mit der ID %1.</translation>
    </message>
    <message>
        <source>The model of version %1 is missing.</source>
        <translation>Das Modell der Version %1 fehlt.</translation>
    </message>
    <message>
        <source>import cancelled: nothing was written</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>a %1 is imported into one model version: give --model and --version</source>
        <translation>ein Import vom Typ „%1“ geht in genau eine Modellversion: Geben Sie --model und --version an</translation>
    </message>
    <message>
        <source>MLflow file store</source>
        <translation>MLflow-Dateispeicher</translation>
    </message>
    <message>
        <source>Model Card Toolkit card</source>
        <translation>Model-Card-Toolkit-Karte</translation>
    </message>
    <message>
        <source>Hugging Face model card</source>
        <translation>Hugging-Face-Modellkarte</translation>
    </message>
    <message>
        <source>Evidently report</source>
        <translation>Evidently-Bericht</translation>
    </message>
    <message>
        <source>evaluation or fairness file</source>
        <translation>Evaluierungs- oder Fairness-Datei</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the front matter opened by &quot;---&quot; is not closed; expected a line &quot;---&quot; after the YAML</source>
        <translation>der mit &quot;---&quot; geöffnete Front-Matter-Block ist nicht geschlossen; nach dem YAML wird eine Zeile &quot;---&quot; erwartet</translation>
    </message>
    <message>
        <source>the front matter is %1; expected a YAML mapping of keys</source>
        <translation>der Front-Matter-Block ist %1; erwartet wird eine YAML-Zuordnung von Schlüsseln</translation>
    </message>
    <message>
        <source>expected &quot;0.0.1&quot; or &quot;0.0.2&quot;, found %1</source>
        <translation>erwartet &quot;0.0.1&quot; oder &quot;0.0.2&quot;, gefunden: %1</translation>
    </message>
    <message>
        <source>expected &quot;0.0.1&quot; or &quot;0.0.2&quot;, found &quot;%1&quot;</source>
        <translation>erwartet &quot;0.0.1&quot; oder &quot;0.0.2&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown top-level key &quot;%1&quot; (schema v0.0.2 allows: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; auf oberster Ebene (Schema v0.0.2 erlaubt: %2)</translation>
    </message>
    <message>
        <source>the document is %1; expected an object (a Model Card Toolkit card)</source>
        <translation>das Dokument ist %1; erwartet wird ein Objekt (eine Model-Card-Toolkit-Karte)</translation>
    </message>
    <message>
        <source>expected a date and time such as &quot;2023-06-20 13:44:33.796153&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wird ein Datum mit Uhrzeit wie &quot;2023-06-20 13:44:33.796153&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing: this is a test suite; expected a Report with a metrics list</source>
        <translation>fehlt: Dies ist eine Test-Suite; erwartet wird ein Report mit einer Metrikliste</translation>
    </message>
    <message>
        <source>no data-drift metric: expected DataDriftTable, ColumnDriftMetric or ValueDrift; found %1</source>
        <translation>keine Data-Drift-Metrik: erwartet DataDriftTable, ColumnDriftMetric oder ValueDrift; gefunden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1.dataset.split: &quot;%2&quot; is not train, validation or test; stored as test</source>
        <translation>%1.dataset.split: &quot;%2&quot; ist weder train, validation noch test; als test gespeichert</translation>
    </message>
    <message>
        <source>%1 is %2; expected a fraction in [0, 1] or a percentage in (1, 100]</source>
        <translation>%1 ist %2; erwartet wird ein Anteil in [0, 1] oder ein Prozentwert in (1, 100]</translation>
    </message>
    <message>
        <source>%1: %2 %3 read as a percentage, stored as %4</source>
        <translation>%1: %2 %3 als Prozentwert gelesen, als %4 gespeichert</translation>
    </message>
    <message>
        <source>the drift window ends (%1) before it starts (%2)</source>
        <translation>das Drift-Fenster endet (%1), bevor es beginnt (%2)</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot;: the drift method &quot;%3&quot; is not one Quorum stores; skipped</source>
        <translation>%1: Spalte &quot;%2&quot;: Die Drift-Methode &quot;%3&quot; wird von Quorum nicht gespeichert; übersprungen</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>the %1 drift score %2 is not a p-value; expected a number from 0 to 1</source>
        <translation>der Drift-Wert %2 des Tests %1 ist kein p-Wert; erwartet wird eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>not drift metrics, not imported: %1</source>
        <translation>keine Drift-Metriken, nicht importiert: %1</translation>
    </message>
    <message>
        <source>cannot be read to compute its SHA-256</source>
        <translation>kann nicht gelesen werden, um den SHA-256 zu berechnen</translation>
    </message>
    <message>
        <source>more than %1 files, over the limit for an artifact folder</source>
        <translation>mehr als %1 Dateien, über der Grenze für einen Artefaktordner</translation>
    </message>
    <message>
        <source>not a regular file or folder, expected a model artifact</source>
        <translation>weder eine reguläre Datei noch ein Ordner; erwartet wird ein Modellartefakt</translation>
    </message>
    <message>
        <source>run %1 logged %2 models; the last one, %3, is imported</source>
        <translation>Run %1 hat %2 Modelle protokolliert; das letzte, %3, wird importiert</translation>
    </message>
    <message>
        <source>run %1 logged no model; its whole artifacts folder is the version&apos;s artifact</source>
        <translation>Run %1 hat kein Modell protokolliert; sein gesamter Artefaktordner wird zum Artefakt der Version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives no Quorum model name (expected letters or digits)</source>
        <translation>&quot;%1&quot; ergibt keinen Quorum-Modellnamen (erwartet werden Buchstaben oder Ziffern)</translation>
    </message>
    <message>
        <source>the model name &quot;%1&quot; is shortened to &quot;%2&quot; (at most %3 characters)</source>
        <translation>der Modellname &quot;%1&quot; wird auf &quot;%2&quot; gekürzt (höchstens %3 Zeichen)</translation>
    </message>
    <message>
        <source>%1 is %2, not a finite number; not imported</source>
        <translation>%1 ist %2, keine endliche Zahl; nicht importiert</translation>
    </message>
    <message>
        <source>%1: the artifact %2 is not on this machine; its SHA-256 is left empty</source>
        <translation>%1: Das Artefakt %2 liegt nicht auf diesem Rechner; sein SHA-256 bleibt leer</translation>
    </message>
    <message>
        <source>%1, run %2</source>
        <translation>%1, Run %2</translation>
    </message>
    <message>
        <source>expected a risk tier 1 to 4, found &quot;%1&quot;</source>
        <translation>erwartet wird eine Risikostufe von 1 bis 4, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>versions %1 and %2 of %3 both become %4; expected one Quorum version each (see the quorum.version tag)</source>
        <translation>die Versionen %1 und %2 von %3 würden beide zu %4; erwartet wird je eine eigene Quorum-Version (siehe das Tag quorum.version)</translation>
    </message>
    <message>
        <source>%1 version %2: the quorum.version tag &quot;%3&quot; is not MAJOR.MINOR.PATCH; the version is imported as %4</source>
        <translation>%1 Version %2: Das Tag quorum.version &quot;%3&quot; hat nicht die Form MAJOR.MINOR.PATCH; die Version wird als %4 importiert</translation>
    </message>
    <message>
        <source>%1 version %2: run %3 is not in the store; its metrics and parameters are not imported</source>
        <translation>%1 Version %2: Run %3 ist nicht im Speicher; seine Metriken und Parameter werden nicht importiert</translation>
    </message>
    <message>
        <source>MLflow marks %1 version %2 as Production; Quorum records %3 as staging: production needs a signed release request</source>
        <translation>MLflow kennzeichnet %1 Version %2 als Production; Quorum erfasst %3 als Staging: Für die Produktion ist ein signierter Freigabeantrag nötig</translation>
    </message>
    <message>
        <source>the registered models &quot;%1&quot; and &quot;%2&quot; both become the Quorum model &quot;%3&quot;; rename one in MLflow</source>
        <translation>die registrierten Modelle &quot;%1&quot; und &quot;%2&quot; würden beide zum Quorum-Modell &quot;%3&quot;; benennen Sie eines davon in MLflow um</translation>
    </message>
    <message>
        <source>no run %1 in the experiments imported</source>
        <translation>kein Run %1 in den importierten Experimenten</translation>
    </message>
    <message>
        <source>no run to import as %1</source>
        <translation>kein Run, der als %1 importiert werden kann</translation>
    </message>
    <message>
        <source>%1 runs, expected one to import as %2: choose one with --run: %3</source>
        <translation>%1 Runs, erwartet wird einer, der als %2 importiert wird: Wählen Sie einen mit --run: %3</translation>
    </message>
    <message>
        <source>Imported from MLflow run %1 (experiment %2)</source>
        <translation>Importiert aus MLflow-Run %1 (Experiment %2)</translation>
    </message>
    <message>
        <source>run %1 of experiment %2 is linked to no registered model version; import it with --model M --version V --run %3</source>
        <translation>Run %1 von Experiment %2 ist mit keiner registrierten Modellversion verknüpft; importieren Sie ihn mit --model M --version V --run %3</translation>
    </message>
    <message>
        <source>risk tier %1: expected 1 to 4</source>
        <translation>Risikostufe %1: erwartet wird 1 bis 4</translation>
    </message>
    <message>
        <source>no experiment &quot;%1&quot;; expected one of: %2</source>
        <translation>kein Experiment &quot;%1&quot;; erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>expected &quot;timestamp value [step]&quot; or &quot;timestamp value step run_id&quot; separated by single spaces, with a whole-number timestamp and step, found %1</source>
        <translation>erwartet wird &quot;timestamp value [step]&quot; oder &quot;timestamp value step run_id&quot;, getrennt durch einzelne Leerzeichen, mit ganzzahligem timestamp und step; gefunden: %1</translation>
    </message>
    <message>
        <source>timestamp %1</source>
        <translation>Zeitstempel %1</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>an empty run id in %1</source>
        <translation>eine leere Run-ID in %1</translation>
    </message>
    <message>
        <source>no values, expected lines &quot;timestamp value [step]&quot;</source>
        <translation>keine Werte; erwartet werden Zeilen &quot;timestamp value [step]&quot;</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>not a folder, expected an MLflow store (an mlruns folder)</source>
        <translation>kein Ordner; erwartet wird ein MLflow-Speicher (ein mlruns-Ordner)</translation>
    </message>
    <message>
        <source>deleted experiment</source>
        <translation>gelöschtes Experiment</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; expected a flatter document</source>
        <translation>tiefer als %1 Ebenen verschachtelt; erwartet wird ein flacheres Dokument</translation>
    </message>
    <message>
        <source>more than %1 values in one document</source>
        <translation>mehr als %1 Werte in einem Dokument</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON document</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Dokument</translation>
    </message>
    <message>
        <source>%1; expected valid JSON</source>
        <translation>%1; erwartet wird gültiges JSON</translation>
    </message>
    <message>
        <source>a broken symbolic link (its target %1 does not exist)</source>
        <translation>ein defekter symbolischer Link (sein Ziel %1 existiert nicht)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>a folder, expected a file</source>
        <translation>ein Ordner; erwartet wird eine Datei</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device), expected a file</source>
        <translation>keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät); erwartet wird eine Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, over the limit of %2 for this kind of file</source>
        <translation>%1, über der Grenze von %2 für diese Dateiart</translation>
    </message>
    <message>
        <source>binary data (byte 0x%1), expected text</source>
        <translation>Binärdaten (Byte 0x%1); erwartet wird Text</translation>
    </message>
    <message>
        <source>a byte-order mark (U+FEFF) inside the text; expected one only at the start of the file</source>
        <translation>eine Byte-Order-Markierung (U+FEFF) mitten im Text; erwartet wird sie nur am Anfang der Datei</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1), expected UTF-8 text</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); erwartet wird UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>more than one YAML document (a second &quot;---&quot;); expected one</source>
        <translation>mehr als ein YAML-Dokument (ein zweites &quot;---&quot;); erwartet wird eines</translation>
    </message>
    <message>
        <source>%1; expected valid YAML</source>
        <translation>%1; erwartet wird gültiges YAML</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner, %1, can edit the model card of %2; %3 is not the owner.</source>
        <translation>Nur der Modellverantwortliche, %1, kann die Modellkarte von %2 bearbeiten; %3 ist nicht der Modellverantwortliche.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot edit model cards.</source>
        <translation>%1 ist inaktiv und kann keine Modellkarten bearbeiten.</translation>
    </message>
    <message>
        <source>Accuracy decay</source>
        <translation>Rückgang der Accuracy</translation>
    </message>
    <message>
        <source>Recall decay</source>
        <translation>Rückgang des Recalls</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Daten-Drift</translation>
    </message>
    <message>
        <source>Prediction drift</source>
        <translation>Vorhersage-Drift</translation>
    </message>
    <message>
        <source>Missing-value increase</source>
        <translation>Anstieg fehlender Werte</translation>
    </message>
    <message>
        <source>Calibration drift</source>
        <translation>Kalibrierungs-Drift</translation>
    </message>
    <message>
        <source>pp</source>
        <extracomment>percentage points</extracomment>
        <translation>pp</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>PSI %1 &gt; %2</source>
        <translation>PSI %1 &gt; %2</translation>
    </message>
    <message>
        <source>%1 pp decay &gt; %2 pp (%3 → %4)</source>
        <translation>%1 pp Rückgang &gt; %2 pp (%3 → %4)</translation>
    </message>
    <message>
        <source>%1 pp increase &gt; %2 pp (%3 → %4)</source>
        <translation>%1 pp Anstieg &gt; %2 pp (%3 → %4)</translation>
    </message>
    <message>
        <source>Brier +%1 &gt; %2 (%3 → %4)</source>
        <translation>Brier +%1 &gt; %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 on %2 of %3 %4: %5 in the window %6.</source>
        <translation>%1 bei %2 von %3 %4: %5 im Fenster %6.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is categorical; %2 applies to numeric columns only. Choose another method (psi, chi2, js, hellinger or auto).</source>
        <translation>Die Spalte &apos;%1&apos; ist kategorial; %2 gilt nur für numerische Spalten. Wählen Sie eine andere Methode (psi, chi2, js, hellinger oder auto).</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values in the %2 sample: every row is missing.</source>
        <translation>Die Spalte &apos;%1&apos; hat in der %2 keine Werte: Der Wert fehlt in jeder Zeile.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenzstichprobe</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuellen Stichprobe</translation>
    </message>
    <message>
        <source>PSI needs at least 2 bins; %1 were asked for.</source>
        <translation>PSI braucht mindestens 2 Bins; angefordert wurden %1.</translation>
    </message>
    <message>
        <source>%1: no column named &apos;%2&apos;, which the reference sample %3 has.</source>
        <translation>%1: Die Spalte &apos;%2&apos; fehlt, die in der Referenzstichprobe %3 vorhanden ist.</translation>
    </message>
    <message>
        <source>%1: no column named &apos;%2&apos; for the %3.</source>
        <translation>%1: keine Spalte &apos;%2&apos; für „%3“.</translation>
    </message>
    <message>
        <source>The privileged group &apos;%1&apos; is a comparison, but column &apos;%2&apos; is not numeric; give one of its values instead (%3).</source>
        <translation>Die privilegierte Gruppe &apos;%1&apos; ist ein Vergleich, aber die Spalte &apos;%2&apos; ist nicht numerisch; geben Sie stattdessen einen ihrer Werte an (%3).</translation>
    </message>
    <message>
        <source>%1: the score column &apos;%2&apos; must hold numbers (probabilities of the favourable outcome); it holds text such as &apos;%3&apos;.</source>
        <translation>%1: Die Score-Spalte &apos;%2&apos; muss Zahlen enthalten (Wahrscheinlichkeiten des günstigen Ergebnisses); sie enthält Text wie &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1: the favourable outcome &apos;%2&apos; occurs in neither column &apos;%3&apos; nor &apos;%4&apos;; the labels are: %5. Pass the favourable value explicitly.</source>
        <translation>%1: Das günstige Ergebnis &apos;%2&apos; kommt weder in der Spalte &apos;%3&apos; noch in der Spalte &apos;%4&apos; vor; die Labels sind: %5. Geben Sie den günstigen Wert ausdrücklich an.</translation>
    </message>
    <message>
        <source>%1: no row has a label, a prediction and a protected attribute.</source>
        <translation>%1: Keine Zeile hat ein Label, eine Vorhersage und ein geschütztes Merkmal.</translation>
    </message>
    <message>
        <source>%1: no row of column &apos;%2&apos; is in the privileged group &apos;%3&apos; (values: %4).</source>
        <translation>%1: Keine Zeile der Spalte &apos;%2&apos; gehört zur privilegierten Gruppe &apos;%3&apos; (Werte: %4).</translation>
    </message>
    <message>
        <source>The governance database %1 does not exist. Check the path, open another file, or create a new database (File → New, or &apos;quorumctl init&apos;).</source>
        <translation>Die Governance-Datenbank %1 existiert nicht. Prüfen Sie den Pfad, öffnen Sie eine andere Datei oder legen Sie eine neue Datenbank an (Datei → Neu oder &apos;quorumctl init&apos;).</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only. Choose a folder you can write to.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a governance database file. Choose the .sqlite file inside it.</source>
        <translation>%1 ist ein Ordner, keine Governance-Datenbankdatei. Wählen Sie die .sqlite-Datei darin.</translation>
    </message>
    <message>
        <source>The governance database %1 cannot be read: permission denied. Ask for access to the file.</source>
        <translation>Die Governance-Datenbank %1 kann nicht gelesen werden: Zugriff verweigert. Bitten Sie um Zugriff auf die Datei.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a governance database. Create a database there with File → New or &apos;quorumctl init&apos;.</source>
        <translation>%1 ist eine leere Datei, keine Governance-Datenbank. Legen Sie dort mit Datei → Neu oder &apos;quorumctl init&apos; eine Datenbank an.</translation>
    </message>
    <message>
        <source>%1 is not a governance database: it is not an SQLite file at all. Open the .sqlite file that Quorum or &apos;quorumctl init&apos; created.</source>
        <translation>%1 ist keine Governance-Datenbank: Es ist überhaupt keine SQLite-Datei. Öffnen Sie die .sqlite-Datei, die Quorum oder &apos;quorumctl init&apos; angelegt hat.</translation>
    </message>
    <message>
        <source>The governance database %1 is busy: another program or reviewer is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Die Governance-Datenbank %1 ist belegt: Ein anderes Programm oder ein anderer Prüfer schreibt gerade darin. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The governance database %1 cannot be written: the file or its folder is read-only. Ask for write access, or copy the file to a folder you can write to.</source>
        <translation>Die Governance-Datenbank %1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Bitten Sie um Schreibzugriff oder kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The governance database %1 is damaged. Restore it from a backup copy; &apos;quorumctl check&apos; lists what is wrong.</source>
        <translation>Die Governance-Datenbank %1 ist beschädigt. Stellen Sie sie aus einer Sicherungskopie wieder her; &apos;quorumctl check&apos; listet die Fehler auf.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The governance database %1 could not be read or written (disk full, share disconnected or permissions). Nothing was changed.</source>
        <translation>Die Governance-Datenbank %1 konnte nicht gelesen oder geschrieben werden (Datenträger voll, Netzlaufwerk getrennt oder fehlende Berechtigungen). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation>Ein Datenbankvorgang auf %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Quorum::AlertListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Bestätigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Observed vs threshold</source>
        <translation>Beobachtet / Schwellenwert</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Quorum::AlertRepository</name>
    <message>
        <source>Alert #%1 was not acknowledged: a comment is required (what was looked at, what is done about it).</source>
        <translation>Warnung #%1 wurde nicht bestätigt: Ein Kommentar ist erforderlich (was geprüft wurde und was unternommen wird).</translation>
    </message>
    <message>
        <source>There is no alert #%1.</source>
        <translation>Es gibt keine Warnung #%1.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot acknowledge alerts.</source>
        <translation>%1 ist nicht mehr aktiv und kann keine Warnungen bestätigen.</translation>
    </message>
    <message>
        <source>Alert #%1 was already acknowledged by %2 on %3; nothing was changed.</source>
        <translation>Warnung #%1 wurde bereits am %3 von %2 bestätigt; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Quorum::ApprovalRecordRepository</name>
    <message>
        <source>Release request #%1 already has the approval record %2 in %3; approval records are never replaced. Nothing was changed.</source>
        <translation>Der Freigabeantrag #%1 hat bereits den Freigabenachweis %2 in %3; Freigabenachweise werden nie ersetzt. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Quorum::ApprovalService</name>
    <message>
        <source>There is no release request #%1.</source>
        <translation>Es gibt keinen Freigabeantrag #%1.</translation>
    </message>
    <message>
        <source>Request #%1 names a version, model, policy or submitter that is not in the database.</source>
        <translation>Antrag #%1 verweist auf eine Version, ein Modell, eine Richtlinie oder einen Antragsteller, die nicht in der Datenbank sind.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Es gibt keine Person #%1.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; (SHA-256 %2) belongs to nobody in this database: register it with &apos;quorumctl person add … --cert&apos;.</source>
        <translation>Das Zertifikat &quot;%1&quot; (SHA-256 %2) gehört in dieser Datenbank niemandem: Registrieren Sie es mit &apos;quorumctl person add … --cert&apos;.</translation>
    </message>
    <message>
        <source>The signing certificate %1 is not registered for %2.</source>
        <translation>Das Signaturzertifikat %1 ist nicht für %2 registriert.</translation>
    </message>
    <message>
        <source>The signature does not verify with %1&apos;s registered certificate: %2</source>
        <translation>Die Signatur lässt sich mit dem registrierten Zertifikat von %1 nicht verifizieren: %2</translation>
    </message>
    <message>
        <source>Request #%1 changed while it was being signed; sign again.</source>
        <translation>Antrag #%1 wurde geändert, während er signiert wurde; signieren Sie erneut.</translation>
    </message>
    <message>
        <source>Request #%1 names policy #%2, which is not in the database.</source>
        <translation>Antrag #%1 verweist auf Richtlinie #%2, die nicht in der Datenbank ist.</translation>
    </message>
</context>
<context>
    <name>Quorum::AuditEventModel</name>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Entitäts-ID</translation>
    </message>
</context>
<context>
    <name>Quorum::Builder</name>
    <message>
        <source>Dataset %1 %2 names parent dataset #%3, which is not recorded.</source>
        <translation>Datensatz %1 %2 verweist auf den übergeordneten Datensatz #%3, der nicht erfasst ist.</translation>
    </message>
    <message>
        <source>Dataset %1 %2 is its own ancestor; its link to its parent is not drawn.</source>
        <translation>Datensatz %1 %2 ist sein eigener Vorfahr; die Verbindung zu seinem übergeordneten Datensatz wird nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Version %1 was derived from version #%2, which is not a version of this model.</source>
        <translation>Version %1 wurde von Version #%2 abgeleitet, die keine Version dieses Modells ist.</translation>
    </message>
    <message>
        <source>Version %1 is its own ancestor; its link to its parent is not drawn.</source>
        <translation>Version %1 ist ihr eigener Vorfahr; die Verbindung zu ihrer übergeordneten Version wird nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Version %1 names dataset #%2, which is not recorded.</source>
        <translation>Version %1 verweist auf Datensatz #%2, der nicht erfasst ist.</translation>
    </message>
</context>
<context>
    <name>Quorum::CertificateRepository</name>
    <message>
        <source>person #%1</source>
        <translation>Person #%1</translation>
    </message>
    <message>
        <source>The certificate with SHA-256 fingerprint %1 is already registered to %2 in %3; a certificate identifies one signer only. Nothing was changed.</source>
        <translation>Das Zertifikat mit dem SHA-256-Fingerabdruck %1 ist bereits für %2 in %3 registriert; ein Zertifikat identifiziert nur einen Unterzeichner. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Quorum::Checker</name>
    <message>
        <source>expected text, found %1</source>
        <translation>erwartet wird Text, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; schema v0.0.1 requires model_details (an object)</source>
        <translation>fehlt; Schema v0.0.1 verlangt model_details (ein Objekt)</translation>
    </message>
    <message>
        <source>expected an identifier or a custom_text, found neither</source>
        <translation>erwartet wird ein identifier oder ein custom_text, gefunden: keines von beiden</translation>
    </message>
    <message>
        <source>missing; expected the metric&apos;s type as text, e.g. &quot;accuracy&quot;</source>
        <translation>fehlt; erwartet wird der Typ der Metrik als Text, z. B. &quot;accuracy&quot;</translation>
    </message>
    <message>
        <source>missing; schema v0.0.1 requires both bounds of a confidence interval</source>
        <translation>fehlt; Schema v0.0.1 verlangt beide Grenzen eines Konfidenzintervalls</translation>
    </message>
    <message>
        <source>expected a value or a confidence_interval, found neither</source>
        <translation>erwartet wird ein value oder ein confidence_interval, gefunden: keines von beiden</translation>
    </message>
    <message>
        <source>%1: not base64 image data (found &quot;%2&quot;); kept as written</source>
        <translation>%1: keine Base64-Bilddaten (gefunden: &quot;%2&quot;); unverändert übernommen</translation>
    </message>
</context>
<context>
    <name>Quorum::ChiSquare</name>
    <message>
        <source>The chi-squared test needs counts of the same categories in two non-empty samples.</source>
        <translation>Der Chi-Quadrat-Test benötigt Häufigkeiten derselben Kategorien in zwei nicht leeren Stichproben.</translation>
    </message>
</context>
<context>
    <name>Quorum::Cli</name>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Run again with --verbose for SQLite&apos;s details.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: quorumctl [--db FILE] %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: quorumctl %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;quorumctl %1 --help&apos; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: quorumctl [--db FILE] COMMAND [options]
Run &apos;quorumctl --help&apos; for the commands.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command also takes --json (output for machines on stdout) and --verbose
(SQLite&apos;s details on database errors). --db may come before or after the command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error (unknown command or option, missing argument, no database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error (missing, not a governance database, damaged, read-only,
locked or written by a newer Quorum; a key or certificate file that cannot
be read or written; an export that cannot be written; &apos;export audit-pack&apos;:
the --key file cannot be opened (wrong passphrase) or cannot sign; &apos;verify&apos;:
the pack cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout (&apos;submit --wait --timeout S&apos;: no decision in time; the request
stays pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad input file (&apos;drift&apos;, &apos;fairness&apos;: a CSV file that cannot be read, is
malformed, lacks a column or holds the wrong kind of value; the message
names the file, the line and the column; &apos;verify&apos;: a pack that is not a
ZIP archive; &apos;import&apos;: a source that is missing, unreadable, over a size
limit, malformed or not what its format expects, nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error (a bug in quorumctl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;quorumctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given (the terminal&apos;s input ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase of %1 is needed: set the QUORUM_PASSPHRASE environment variable (input is not a terminal, so it cannot be asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date and time such as 2026-11-20T09:30:00Z, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name an IANA time zone such as Europe/Berlin, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times are printed in the system&apos;s time zone and locale, with the
current time as the generation time. For reproducible output set
QUORUM_REPORT_NOW (ISO 8601, e.g. 2026-11-20T09:30:00Z; the locale is then C)
and QUORUM_REPORT_TZ (an IANA zone, e.g. Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request #%1 is pending: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the decision on request #%2…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the decision on request #%1 (Ctrl+C stops waiting; the request stays pending)…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request #%1 disappeared from %2 while waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: quorumctl [--db FILE] COMMAND [options]

Quorum&apos;s command line: creates, inspects and checks governance databases,
registers people and makes their signing keys, registers model versions,
submits releases and signs decisions on them, computes drift and fairness
from raw samples, imports evidence from MLflow, model cards, Evidently and
evaluation files, exports reports (Annex IV, model card, fairness, release log)
and signed audit packs, verifies audit packs offline, and lists and acknowledges
the monitoring alerts raised from the tier thresholds.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checked thing failed (&apos;check&apos; or &apos;verify&apos; found problems, a file of
an audit pack does not hold, no such model, version, request or person;
&apos;submit --wait&apos;: the request was rejected, sent back for changes,
withdrawn or expired; &apos;export&apos;: no approval record yet, nothing in the
period; &apos;import&apos;: no such model, version or person, nothing written;
&apos;alerts&apos;: no such model, alert or person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the policy or segregation of duties (the submitter or the
model&apos;s owner deciding, a second decision, a role not held or not asked, an
approval of a failed check without waiver, a closed request; &apos;alerts ack&apos;:
an alert already acknowledged, a person no longer active); nothing was
stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::AlertsCommand</name>
    <message>
        <source>List monitoring alerts, or acknowledge one with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the monitoring alerts: production evidence that crossed the monitoring
threshold of its model&apos;s risk tier (accuracy or recall decay from the test
baseline, data or prediction drift PSI, missing-value increase, calibration
drift). Alerts are raised when drift or evaluations are recorded or imported.
Only active ones are listed unless --all is given; newest window first.
&apos;alerts ack ID&apos; acknowledges alert ID as the person --as names, with the
required --comment; the audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge an alert instead of listing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert&apos;s id, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this model&apos;s alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged alerts too, with who and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the alert is acknowledged (required by &apos;ack&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acknowledges, by e-mail address (required by &apos;ack&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such model, alert or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert was already acknowledged, or the person is no longer
active; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: the only one is &apos;ack&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument ID: which alert to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to &apos;alerts ack ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active alerts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 lists alerts; &apos;alerts ack&apos; takes an alert id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged alert #%1 as %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id: give its number, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBSERVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::AutomatedMode</name>
    <message>
        <source>automated mode needs the %1 environment variable (%2); it is unset or empty, so nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPLOY_APPROVAL is &apos;%1&apos;: automated mode takes y (approve) or n (reject), so nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated mode needs the DEPLOY_APPROVAL environment variable: y (approve) or n (reject); it is unset, so nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s name or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the release is approved or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPROVER is &apos;%1&apos;, but the key belongs to %2 &lt;%3&gt;: the pipeline claims someone the key does not belong to. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::CheckCommand</name>
    <message>
        <source>Check a database&apos;s integrity, references and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s full integrity check (reads every page) and its foreign key check,
and compares the schema version with this program&apos;s. Changes nothing in a
database at the latest schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:        %1 (this program writes %2)%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:     ok
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Integrity:     %n problem(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys:  ok
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys:  %n dangling reference(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Result:        ok
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:        PROBLEMS FOUND
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refers to a row missing from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::DecideCommand</name>
    <message>
        <source>Sign a decision on a release request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a decision on a pending release request with your key (a PKCS#12 file; its
passphrase from --passphrase-file, else QUORUM_PASSPHRASE, else asked on the
terminal without echo) and records it, checked against the request&apos;s policy
and segregation of duties. Prints the signature: signer, date and time (UTC)
and meaning (21 CFR 11.50).
A waiver (--verdict waiver) lets failed threshold checks pass until --expires
(YYYY-MM-DD, the end of that day UTC, or an ISO date and time; UTC when no zone
is given); only the roles the policy names may grant one.
Automated mode (release SOP): with --automated the verdict comes from
DEPLOY_APPROVAL (y approve, n reject), the rationale from APPROVAL_RATIONALE, and
APPROVER must be the key holder&apos;s name or e-mail address. It is recorded as
decision_mode &quot;automated&quot;, signed and policy-checked like any decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s id, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve, approve-with-conditions, reject, request-changes
or waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you decide so (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions of approve-with-conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a waiver ends: YYYY-MM-DD or an ISO date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role to sign in (default: the first the policy asks
that you hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated mode: DEPLOY_APPROVAL, APPROVER and
APPROVAL_RATIONALE give the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such request, or the key&apos;s certificate belongs to nobody in the
database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: a missing or invalid option, an unknown verdict or role,
a key file that does not exist or is not a key, a wrong passphrase;
automated mode: DEPLOY_APPROVAL not y or n, APPROVER or
APPROVAL_RATIONALE missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the policy or segregation of duties (the submitter, the
model&apos;s owner, a second decision, a role not held or not asked, an
approval of a failed check without waiver, a closed or expired request;
automated mode: APPROVER is not the key holder); nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos;: use approve, approve-with-conditions, reject, request-changes or waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conditions goes with --verdict approve-with-conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires goes with --verdict waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires needs a date as YYYY-MM-DD or an ISO date and time, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision #%1 on request #%2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: automated (DEPLOY_APPROVAL)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 is now %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval record: %1
</source>
        <translation type="unfinished">Freigabeprotokoll: %1
</translation>
    </message>
    <message>
        <source>Release log:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::DemoCommand</name>
    <message>
        <source>Build the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the demo governance database: people, models, versions, evidence and
requests, the same for the same seed and date. An existing file is refused
unless --force is given; the file is replaced only once the new one is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;today&quot;, yyyy-mm-dd (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo database %1: %2 models (seed %3, as of %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number ≥ 0, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date as yyyy-mm-dd, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::Dispatcher</name>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorumctl %1 (database schema %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1. Please report this bug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::DriftCommand</name>
    <message>
        <source>Compute drift between a reference and a current sample (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares each column of the reference sample with the same column of the
current sample. --method auto chooses per column as Evidently does: with at
most 1,000 reference values, Kolmogorov-Smirnov for numeric columns with more
than 5 distinct values and chi-squared otherwise; with more, the Wasserstein
distance normalised by the reference&apos;s standard deviation for such numeric
columns and the Jensen-Shannon distance otherwise. Tests (ks, chi2) report drift
when the p-value is below the threshold (default 0.05), distances (psi, js,
wasserstein, hellinger) when the statistic reaches it (default 0.1). PSI uses
--bins bins at the reference&apos;s quantiles; empty bins count as 0.0001.

With --model and --version the results are stored as drift observations of
that version for the window --window-start..--window-end (default: the 7 days
ending today); PSI is then judged against the tier&apos;s monitoring threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference sample (CSV with a header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current sample (same columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated columns to compare (default: all
of the reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, psi, ks, chi2, js, wasserstein or hellinger (default auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI&apos;s quantile bins (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One threshold for every column, replacing the
method&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when any column drifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the results for this model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and this version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the window (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the window (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column drifted and --fail-on-drift was given; no such model or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample file cannot be read or is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 says where to store the results and needs --model (and --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos;; use auto, psi, ks, chi2, js, wasserstein or hellinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bins must be a whole number from 2 to 1000; got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold must be a positive number; got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-11-16; got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, window %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorumctl drift: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATISTIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>
%1 of %2 columns drifted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 drift observations for %2.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::ExportCommand</name>
    <message>
        <source>Export approval records, reports (Annex IV, model card, fairness,
release log) and signed audit packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval-record, annex-iv, audit-pack, model-card, fairness or
release-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval-record only: the request&apos;s id, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument REQUEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;export %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export &apos;%1&apos;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval-record: prints the approval record of a decided release request (release
SOP §3) exactly as stored, the same JSON as the file in approvals/; with --out,
writes it to FILE. A pending, withdrawn or expired request has none.
annex-iv: the technical documentation of Annex IV of Regulation (EU) 2024/1689
for one model version, with a readiness summary of its gaps.
model-card: the version&apos;s model card in Model Card Toolkit sections; with --out
FILE.json, its latest revision as Model Card Toolkit JSON (what &apos;import
model-card&apos; reads).
fairness: the version&apos;s fairness report (per-group metrics, four-fifths rule).
  These three write the format --out&apos;s extension names: .pdf (PDF/A-1b), .html
  or .md.
release-log: model_release_log.md regenerated from the database, one row per
decided release request; on stdout without --out.
audit-pack: one ZIP for a model, a version or a period (--from and --to, dates
inclusive): the audit report PDF, approval records, each decision&apos;s signed
statement with its CMS signature (.p7s), the signers&apos; certificates, the audit
events as JSON Lines, VERIFY.txt and MANIFEST.json with every file&apos;s SHA-256,
signed with --key (a PKCS#12 file; its passphrase from --passphrase-file, else
QUORUM_PASSPHRASE, else asked on the terminal). Check it with &apos;quorumctl verify
PACK.zip&apos;.
Every file is written atomically: an existing one is replaced only by a complete
new one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE; for reports its extension picks the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, e.g. 2.1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-pack: the period&apos;s first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-pack: the period&apos;s last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-pack: your signing key file, which signs the
manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-pack: read the key&apos;s passphrase from the first
line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such model, version or request; the request has no approval record
(pending, withdrawn or expired); nothing in the period; model-card
--out FILE.json: the version has no model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: an unknown WHAT, an option that does not go with it, an
--out extension other than .pdf, .html, .md (.zip for audit-pack), a bad
date or scope, no passphrase; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error; --out could not be written; the --key file cannot be
opened (missing, not a key, wrong passphrase) or cannot sign; nothing
was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::Exports</name>
    <message>
        <source>request #%1 is pending: it has no approval record until it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request #%1 is %2: it has no approval record (one is written when a request is approved, rejected or sent back for changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the approval record %1 of request #%2 to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: an audit pack is a ZIP file; name it FILE.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the key file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the audit pack of %1 to %2
  %3 files: %4 decision(s), %5 approval record(s), %6 audit event(s)
  manifest signed by %7 (certificate SHA-256 %8)
Check it with: quorumctl verify %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation type="unfinished">Audit-Paket</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the release log with %1 decided request(s) to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: the extension names the format; use .pdf, .html or .md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex IV readiness: %1 of %2 items evidenced, %3 gap
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex IV readiness: %1 of %2 items evidenced, %3 gaps
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  gap %1 %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 of %2 %3 to %4 (%5, %6 bytes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no model card yet (import one with &apos;quorumctl import model-card&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of the model card of %2 %3 in the database is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote revision %1 of the model card of %2 %3 to %4 (Model Card Toolkit JSON, %5 bytes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex IV technical documentation</source>
        <translation type="unfinished">Technische Dokumentation nach Anhang IV</translation>
    </message>
    <message>
        <source>model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairness report</source>
        <translation type="unfinished">Fairness-Bericht</translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::FairnessCommand</name>
    <message>
        <source>Compute per-group rates and fairness metrics from predictions (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the label, prediction, optional score and protected attribute of each
row and computes per group: count, selection rate, TPR, FPR, precision,
accuracy and (with --score) the Brier score. Summary metrics in both
conventions: AIF360&apos;s signed unprivileged-vs-privileged ones (all unprivileged
rows pooled): statistical_parity_difference, disparate_impact,
equal_opportunity_difference, average_odds_difference; and Fairlearn&apos;s
unsigned max-vs-min over every group: demographic_parity_difference,
demographic_parity_ratio, equalized_odds_difference. Undefined metrics are null
with the reason. Flags: a disparate impact or demographic parity ratio below
0.8 (four-fifths rule) and, with a model version, a gap above its tier&apos;s
bias-disparity threshold.

--privileged is a value of the protected column (&apos;male&apos;) or, for a numeric
column, a comparison (&apos;&gt;25&apos;, &apos;&gt;=65&apos;). For a dataset-level check of the labels,
give the label column as --prediction too. Rows missing the label, the
prediction or the attribute are skipped and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predictions file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the true outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the predicted outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the protected attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged group: a value, or a comparison such as &apos;&gt;25&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favourable outcome&apos;s value (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the predicted probability of the favourable outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap resamples for 95% confidence intervals (default 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 20261122).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the report for this model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and this version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such model or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read or is malformed, a column is missing, the
favourable value or the privileged group does not occur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version says where to store the report and needs --model (and --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorumctl fairness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored fairness report %1 for %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bootstrap must be a whole number from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR</source>
        <translation type="unfinished">TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished">FPR</translation>
    </message>
    <message>
        <source>PRECISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCURACY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged: %1; favourable outcome: %2; %3 rows (%4 skipped).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No flags.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Flags:
  %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::GovernanceInput</name>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a request id: give its number, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody in %1 has the e-mail address %2 (see &apos;quorumctl person list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model named &apos;%1&apos; in %2 (see &apos;quorumctl models&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a semantic version such as 1.4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version %2 (see &apos;quorumctl show %1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no release request #%1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the policy or segregation of duties (wrong person, role or
state of the request); nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::GovernanceText</name>
    <message>
        <source>person #%1</source>
        <translation type="unfinished">Person #%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished">%1 von %3 {1 %2 ?}</translation>
    </message>
    <message>
        <source>(of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2, meaning: %3 (as %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[automated]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::ImportCommand</name>
    <message>
        <source>Import evidence from MLflow, model cards (Model Card Toolkit,
Hugging Face), Evidently reports and evaluation files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlflow, model-card, hf-card, evidently or evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to import; for mlflow the store&apos;s folder (mlruns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no such model, version or person (--model, --version,
--as, --owner); a new MLflow model without --tier or owner; an unknown
--experiment or --run; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(use --force to import it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads what another tool wrote, maps it onto Quorum&apos;s records and writes it in one
transaction with its audit events. Items the database already holds are left
alone, so importing the same source again changes nothing and says so.
--dry-run prints each change the import would make and writes nothing. Every
kind takes --as, --dry-run, --force and --json.

mlflow: an MLflow file store (mlruns/, MLflow 2.x and 3.x). Registered models and
  their versions become models and versions (MLflow&apos;s Production becomes staging:
  production needs a signed release request), run metrics evaluations. Models the
  import creates need --tier and an owner (--owner, else --as). Runs no registered
  version links to: --model M --version V imports one run (--run ID, else the
  experiment&apos;s only run) as a new version V of the existing model M.
model-card: a Model Card Toolkit JSON card (schema 0.0.1 or 0.0.2) becomes the
  version&apos;s next model card revision, every field kept; &apos;quorumctl export
  model-card --out card.json&apos; writes it back.
hf-card: a Hugging Face README.md: model-index results become evaluations
  (percentages of 0-1 metrics are divided by 100, with a warning), the text a
  model card revision.
evidently: an Evidently report JSON (legacy drift_by_columns, or 0.7 metrics):
  one drift observation per column, for the window --window-start..--window-end
  (default: the report&apos;s date).
evaluation: Quorum&apos;s own evaluation or fairness file, JSON or CSV (see the README).

Files over the size limits are refused unless --force is given. A refused file
is named with the line and column or the key path of the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, previewed (--dry-run), or nothing new to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: an unknown KIND, an option that does not go with it, a
missing --model or --version, a malformed version, --tier or date, a
window that ends before it starts; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source is missing, unreadable, over a size limit (--force imports
it anyway), malformed or not what the format expects; the message names
the file and the line or key path; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::ImportInput</name>
    <message>
        <source>unknown import &apos;%1&apos;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;import %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version needs a semantic version such as 1.4.0, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-11-16; got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --window-start and --window-end, or neither (the report&apos;s date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends (--window-end %1) before it starts (--window-start %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier needs 1 (critical) to 4 (minimal), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --model and --version together: they name the version one run is imported as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run needs --model and --version: the version the run becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s machine name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, e.g. 2.1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who imports, by e-mail address: the audit trail&apos;s actor
(default: the program &quot;quorumctl import&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file over the size limits (32 MiB JSON, CSV or
Markdown, 1 MiB YAML, 64 MiB MLflow metric file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlflow: only this experiment (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlflow: the run to import as --model/--version (default:
the experiment&apos;s only run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlflow: the owner of models the import creates
(default: --as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlflow: the risk tier of models the import creates,
1 (critical) to 4 (minimal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidently: the window&apos;s first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidently: the window&apos;s last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::ImportOutput</name>
    <message>
        <source>model</source>
        <translation type="unfinished">Modell</translation>
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished">Modelle</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>versions</source>
        <translation type="unfinished">Versionen</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished">Evaluierung</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation type="unfinished">Evaluierungen</translation>
    </message>
    <message>
        <source>drift observation</source>
        <translation type="unfinished">Drift-Beobachtung</translation>
    </message>
    <message>
        <source>drift observations</source>
        <translation type="unfinished">Drift-Beobachtungen</translation>
    </message>
    <message>
        <source>fairness report</source>
        <translation type="unfinished">Fairness-Bericht</translation>
    </message>
    <message>
        <source>fairness reports</source>
        <translation type="unfinished">Fairness-Berichte</translation>
    </message>
    <message>
        <source>model card revision</source>
        <translation type="unfinished">Modellkarten-Revision</translation>
    </message>
    <message>
        <source>model card revisions</source>
        <translation type="unfinished">Modellkarten-Revisionen</translation>
    </message>
    <message>
        <source> into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: %1 holds nothing Quorum imports.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already in the database (%2 item unchanged).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: everything in %1 is already in the database (%2 items unchanged).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: importing %1 would add:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unchanged: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::InboxCommand</name>
    <message>
        <source>List the requests awaiting your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the pending release requests that a person may decide, oldest first: not
submitted by them, for models they do not own, in a role the request&apos;s policy
asks of them, and not decided by them yet. Shows the role they would sign in,
how far the quorum has come and, when they cannot approve yet, why (a failed
check awaits a waiver, the QA tester&apos;s check is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose inbox, by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person with that e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing awaits %1&apos;s decision.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUORUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::InitCommand</name>
    <message>
        <source>Create a governance database, or upgrade an existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new governance database at the latest schema, or upgrades an existing
one (after writing a backup copy beside it). Running it on a database that is
already up to date changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the governance database %1 (schema %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from schema %2 to %3. The previous file was copied to %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at the latest schema (%2); nothing to do.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::Invocation</name>
    <message>
        <source>The governance database file (default: the QUORUM_DB environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout instead of text for people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an error, also print the technical details (SQLite&apos;s, QCA&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database given: pass --db FILE or set the QUORUM_DB environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::KeygenCommand</name>
    <message>
        <source>Make a signing key and its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an RSA-3072 signing key with a self-signed X.509 certificate (key usage
digitalSignature and nonRepudiation, SHA-256) and writes both to a new PKCS#12
file readable by you only, protected by a passphrase: the QUORUM_PASSPHRASE
environment variable, else asked twice on the terminal. An existing file is
never overwritten. Prints the certificate&apos;s SHA-256 fingerprint, subject and
validity; register it with &apos;quorumctl person add --cert FILE&apos;. The key never
enters a database. Needs no --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s name, the certificate&apos;s common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s e-mail address, in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file to write; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the certificate is valid (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: a missing or invalid option, --out exists, no passphrase
(QUORUM_PASSPHRASE unset and input not a terminal), an empty or mismatched
passphrase, a name or e-mail address a certificate cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file could not be written (folder missing or read-only, disk full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error, or the cryptography library (QCA&apos;s OpenSSL plugin)
is missing or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left untouched; choose another --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty; a key file needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; cannot go into a certificate: the cryptography library (QCA 2.3) can only write Latin-1 letters into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain ASCII e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a whole number of days ≥ 1, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a new signing key (RSA-3072, PKCS#12) to %1
Subject:      %2
E-mail:       %3
Fingerprint:  SHA-256 %4
Valid:        %5 to %6
Register it with &apos;quorumctl person add --cert FILE&apos;. Keep the file and its
passphrase safe: together they sign in your name.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::ModelsCommand</name>
    <message>
        <source>List the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every model, ordered by name: risk tier, headline stage (the production
version&apos;s, else the newest version&apos;s), owner, versions and pending release requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models in %1 yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NAME</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::PackVerify</name>
    <message>
        <source>Pack:          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter:      %1 (certificate SHA-256 %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:         %1 checked against MANIFEST.json (SHA-256 and size)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures:    %1 checked (each decision&apos;s and the manifest&apos;s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events:  %1 checked (hashes and chain)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:        the pack holds: every file, signature and audit event checks out
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:        the pack does not hold: %1 problem(s) found
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: the pack %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: the pack %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: %1 is not an audit pack: it is not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::PersonCommand</name>
    <message>
        <source>Add a person or list the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;person add&apos; registers a person with one or more roles and, with --cert, the
certificate of their signing key: a PEM or DER certificate, or a PKCS#12 key
file (its passphrase from QUORUM_PASSPHRASE, else asked on the terminal).
Only the certificate is stored, never the key. A signer is identified by the
certificate of the key they sign with, so a certificate belongs to one person.
The person and the certificate are stored together or not at all.
&apos;person list&apos; shows everyone: e-mail, roles, whether active and the SHA-256
fingerprints of their certificates (abbreviated; whole with --json).
Roles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the person&apos;s e-mail address (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: roles, comma-separated or repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the certificate of the person&apos;s signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: a missing or invalid option, an unknown role, a certificate
file that does not exist, is not a certificate or cannot sign, a wrong
passphrase, no passphrase (QUORUM_PASSPHRASE unset and input not a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error, including an e-mail address or certificate already
registered (nothing is stored), or a certificate file that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for &apos;person add&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use &apos;person add&apos; or &apos;person list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; the roles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is required: one or more of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate in %1 uses a key type Quorum cannot check signatures with (only RSA keys are supported). Make a signing key with &apos;quorumctl keygen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate in %1 does not allow digital signatures (its key usage), so it cannot identify a signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the certificate in %1 is not valid now (valid %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the certificate in %1 names the e-mail address %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a person with the e-mail address %2 (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people in %1 yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished">E-MAIL</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTIFICATES (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; (person #%3) to %4 with the roles %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:  SHA-256 %1, valid until %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::RegisterCommand</name>
    <message>
        <source>Register a model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a new version of a model in the development stage, with the SHA-256 of
its artifact: --artifact hashes the file and records its absolute path as the
artifact&apos;s location; --sha256 takes a checksum computed elsewhere. A model that
does not exist yet is created: give its --tier (1 critical … 4 minimal) and its
--owner (the registering person by default). The registering person is --as,
else --owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s machine name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version, a semantic version such as 1.4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model artifact file: hashed, its path recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact&apos;s SHA-256 (64 hex digits) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new model&apos;s risk tier, 1 to 4 (must match otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new model&apos;s owner, by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who registers, by e-mail address (default: --owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person with that e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: a missing option, a malformed name, version, tier or
checksum, an artifact file that cannot be read, a new model without --tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who registers: --as EMAIL (or --owner EMAIL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier needs 1 (critical) to 4 (minimal), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --artifact FILE or --sha256 HEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the artifact file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the artifact file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 %2 (version #%3) in development.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New model:  %1, %2, owned by %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::RetireCommand</name>
    <message>
        <source>Start a model&apos;s retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the retirement of a model version (the version in production by default):
a release request to the Retired stage, with its reason, decided like any
release under the model&apos;s policy. Only the model&apos;s owner starts it; the model is
retiring until the request is decided. With --replacement, a check records
whether the replacing model has a version in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s machine name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to retire (default: the one in production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it retires (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that replaces it, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the artifact and evidence are archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s owner, by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such model, version or person, or no version in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the retirement of %1 %2: request #%3 (%4 → retired).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals needed:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::SamplesInput</name>
    <message>
        <source>--delimiter must be one ASCII character other than &apos;&quot;&apos; (or &apos;tab&apos; or &apos;space&apos;); got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field separator of the CSV files: one character, &apos;tab&apos; or
&apos;space&apos; (default &apos;,&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files have no header row; columns are named by position
from 1 (&quot;1&quot;, &quot;2&quot;, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (records) to skip before the header or the first row,
e.g. a title line (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated markers of missing values, replacing the
defaults (empty, ?, NA, NaN, null); a quoted empty field is
always missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to read as numbers whatever they look like; a value
that is not a number is then an error naming its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to read as categories even when every value is a
number (e.g. codes such as 01, 02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-rows must be a whole number, 0 or more; got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; cannot be both --numeric and --categorical.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::ShowCommand</name>
    <message>
        <source>Show one model and its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a model&apos;s facts and every version, newest first: stage, creation date,
framework, artifact SHA-256 (abbreviated; whole with --json), parent version
and deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s machine name, e.g. fraud-detection (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model named &apos;%1&apos; in %2 (see &apos;quorumctl models&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished">(unbekannt)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAMEWORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPLOYMENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::StatusCommand</name>
    <message>
        <source>Show a release request and its decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a release request: model, version, stage transition, the policy it is
judged under, its status, each threshold check with its actual value, how far
each line of the approval matrix has come (&quot;reviewer 3 of 4 (of 5)&quot;), the QA
tester&apos;s checks and every decision with its signature: signer, date and time
(UTC) and meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s id, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:     #%1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ticket %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:       %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition:  %1 → %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:      tier %1, version %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted:   %1 by %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement:  %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (replaced by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold checks:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester checks:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::SubmitCommand</name>
    <message>
        <source>Submit a version for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits a model version for a stage transition (staging, approved or production)
under its risk tier&apos;s current policy, runs the threshold checks on its evidence
and prints the request id and each check with its actual value. A failed check
needs a waiver before anyone can approve.
With --wait, waits for the decision, polling about once a second (expired
requests are closed as it goes); progress goes to stderr. Exit 0 when the
request is approved, 1 when it is rejected, sent back for changes, withdrawn
or expired, 4 when --timeout seconds pass first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s machine name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage: staging, approved or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitter, by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket, e.g. AI-REL-&lt;run-id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line on what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: give up after S seconds (default: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such model, version or person; with --wait: the request was
rejected, sent back for changes, withdrawn or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait: the timeout passed; the request is still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;: use staging, approved or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout goes with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds &gt; 0, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 is still pending after %2 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 is %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted release request #%1: %2 %3, %4 → %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:   tier %1, version %2; the request expires %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold checks:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: approval needs a waiver by %1 first.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals needed:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::TerminalProgress</name>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::TesterCommand</name>
    <message>
        <source>Record the QA tester&apos;s check of a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a QA tester&apos;s check of a pending release request (the release SOP&apos;s
&quot;Tester ✓&quot;): passed or failed, with a comment. A policy that requires it (tier 1)
allows no approval before a passed check. The tester holds the qa role and
neither submitted the request nor owns the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s id, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA tester, by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release passed the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release failed the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked, what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such request or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --passed or --failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the tester&apos;s check of request #%1 by %2: %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::VerifyCommand</name>
    <message>
        <source>Verify the audit trail and every signature of a database, or an
audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks every audit event in order, recomputes its SHA-256 over its canonical
content and checks that it links to the event before it, without relying on
the database&apos;s own guards. Then checks every signed decision and audit
checkpoint: the CMS signature over the stored statement with the signer&apos;s
registered certificate, and that the statement still matches the record (an
edited decision or request, a signature copied onto another decision, a cut
trail all fail). Names each event, decision and checkpoint that does not
hold and why. Reads only.
&apos;verify PACK.zip&apos; checks an audit pack made by &apos;export audit-pack&apos; offline,
with nothing but the pack: a FILE whose name ends in .zip or that starts
with the ZIP signature is a pack; any other FILE is a database. It checks
that the archive is safe (no entry escapes its folder), the signature of
MANIFEST.json, every file&apos;s SHA-256 and size against it (and that nothing
was added), every decision&apos;s CMS signature, the approval records against
the signed statements, and the audit events&apos; hashes and chain. Prints one
line per check group and every problem as &quot;FAIL &lt;file&gt;: &lt;reason&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit pack (.zip) or a database (instead of --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail, a signature or a file of the pack does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error; the pack does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is not a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit pack is verified without a database: leave out --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the database once: as FILE or with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  decision #%1 (request #%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  checkpoint #%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail:  %n event(s), head #%1 %2
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  event #%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signatures:   %n decision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n checkpoint(s) checked
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Result:       the audit trail and every signature hold
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Result:       %n problem(s) found
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Cli::WithdrawCommand</name>
    <message>
        <source>Withdraw a pending release request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws a pending release request; only its submitter or the model&apos;s owner
may. The decisions already signed stay on record; the version goes back to
the stage it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s id, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitter or the model&apos;s owner, by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such request or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew request #%1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Crypto</name>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>Die Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is neither an X.509 certificate (PEM or DER) nor a PKCS#12 key file.</source>
        <translation>%1 ist weder ein X.509-Zertifikat (PEM oder DER) noch eine PKCS#12-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 is a PKCS#12 key file: its passphrase is needed to read the certificate in it.</source>
        <translation>%1 ist eine PKCS#12-Schlüsseldatei: Um das darin enthaltene Zertifikat zu lesen, wird ihre Passphrase benötigt.</translation>
    </message>
    <message>
        <source>The text given is not a PEM X.509 certificate.</source>
        <translation>Der angegebene Text ist kein X.509-Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>The cryptography library (QCA with its OpenSSL plugin) lacks %1. Reinstall Quorum&apos;s dependencies (installer/install-deps.sh).</source>
        <translation>Der Kryptografiebibliothek (QCA mit ihrem OpenSSL-Plugin) fehlt %1. Installieren Sie die Abhängigkeiten von Quorum neu (installer/install-deps.sh).</translation>
    </message>
    <message>
        <source>The expected signer&apos;s certificate is not a PEM X.509 certificate.</source>
        <translation>Das Zertifikat des erwarteten Unterzeichners ist kein X.509-Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>ein unbenannter Unterzeichner</translation>
    </message>
    <message>
        <source>The signature was made with another certificate than the expected certificate of %1 (SHA-256 %2).</source>
        <translation>Die Signatur wurde mit einem anderen Zertifikat erstellt als dem erwarteten Zertifikat von %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The signature was made with the certificate of %1 (SHA-256 %2), not with the expected certificate of %3 (SHA-256 %4).</source>
        <translation>Die Signatur wurde mit dem Zertifikat von %1 (SHA-256 %2) erstellt, nicht mit dem erwarteten Zertifikat von %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <source>The signature is damaged: it lacks the signed content type and message digest that Quorum requires.</source>
        <translation>Die Signatur ist beschädigt: Ihr fehlen der signierte Inhaltstyp und der Message-Digest, die Quorum voraussetzt.</translation>
    </message>
    <message>
        <source>The cryptography library cannot read the key of %1&apos;s certificate.</source>
        <translation>Die Kryptografiebibliothek kann den Schlüssel des Zertifikats von %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The signature does not match the content: the signed statement was changed after signing, or the signature is damaged.</source>
        <translation>Die Signatur passt nicht zum Inhalt: Die signierte Erklärung wurde nach dem Signieren geändert, oder die Signatur ist beschädigt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3</source>
        <translation>Das Zertifikat von %1 ist nur von %2 bis %3 gültig</translation>
    </message>
    <message>
        <source>%1, and the time the statement was signed is unknown.</source>
        <translation>%1, und der Zeitpunkt der Signatur ist unbekannt.</translation>
    </message>
    <message>
        <source>%1, so this signature cannot be accepted now (%2); it can still be checked at the time it was made.</source>
        <translation>%1, daher kann diese Signatur jetzt nicht akzeptiert werden (%2); sie lässt sich aber weiterhin für den Zeitpunkt prüfen, zu dem sie erstellt wurde.</translation>
    </message>
    <message>
        <source>%1, not at %2, when the statement says it was signed.</source>
        <translation>%1, nicht aber zum Zeitpunkt %2, zu dem die Erklärung laut eigener Angabe signiert wurde.</translation>
    </message>
    <message>
        <source>The certificate of %1 has no RSA key; Quorum can check only RSA signatures.</source>
        <translation>Das Zertifikat von %1 hat keinen RSA-Schlüssel; Quorum kann nur RSA-Signaturen prüfen.</translation>
    </message>
    <message>
        <source>The signature uses algorithms Quorum does not check: only SHA-256 with RSA is supported.</source>
        <translation>Die Signatur verwendet Algorithmen, die Quorum nicht prüft: Unterstützt wird nur SHA-256 mit RSA.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not meant for signing: its key usage allows neither digitalSignature nor nonRepudiation.</source>
        <translation>Das Zertifikat von %1 ist nicht zum Signieren bestimmt: Seine Schlüsselverwendung erlaubt weder digitalSignature noch nonRepudiation.</translation>
    </message>
    <message>
        <source>The signature is damaged: it is not a CMS (PKCS#7) signature.</source>
        <translation>Die Signatur ist beschädigt: Sie ist keine CMS-Signatur (PKCS#7).</translation>
    </message>
    <message>
        <source>The signature is damaged, or it is not a detached CMS (PKCS#7) signature with exactly one signer.</source>
        <translation>Die Signatur ist beschädigt, oder sie ist keine abgetrennte CMS-Signatur (PKCS#7) mit genau einem Unterzeichner.</translation>
    </message>
    <message>
        <source>No signing key is loaded.</source>
        <translation>Es ist kein Signaturschlüssel geladen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3, so it cannot sign now. Make a new key with quorumctl keygen.</source>
        <translation>Das Zertifikat von %1 ist nur von %2 bis %3 gültig und kann daher jetzt nicht signieren. Erstellen Sie mit quorumctl keygen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The cryptography library could not make the signature.</source>
        <translation>Die Kryptografiebibliothek konnte die Signatur nicht erstellen.</translation>
    </message>
    <message>
        <source>The new signature did not verify, so it was discarded.</source>
        <translation>Die neue Signatur ließ sich nicht verifizieren und wurde daher verworfen.</translation>
    </message>
    <message>
        <source>A certificate must be valid for at least one day.</source>
        <translation>Ein Zertifikat muss mindestens einen Tag lang gültig sein.</translation>
    </message>
    <message>
        <source>A certificate needs a valid start of its validity.</source>
        <translation>Ein Zertifikat braucht einen gültigen Beginn seiner Gültigkeitsdauer.</translation>
    </message>
    <message>
        <source>A certificate must be valid within the years 1950 to 2049: the cryptography library (QCA 2.3) misreads other dates.</source>
        <translation>Ein Zertifikat muss innerhalb der Jahre 1950 bis 2049 gültig sein: Die Kryptografiebibliothek (QCA 2.3) liest andere Datumsangaben falsch.</translation>
    </message>
    <message>
        <source>A key file needs a passphrase; an empty one would leave the key unprotected.</source>
        <translation>Eine Schlüsseldatei braucht eine Passphrase; ohne sie wäre der Schlüssel ungeschützt.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; cannot go into a certificate: it must not be empty, and the cryptography library (QCA 2.3) can only write Latin-1 letters into one.</source>
        <translation>Der Name &quot;%1&quot; kann nicht in ein Zertifikat übernommen werden: Er darf nicht leer sein, und die Kryptografiebibliothek (QCA 2.3) kann nur Latin-1-Buchstaben in ein Zertifikat schreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain ASCII e-mail address.</source>
        <translation>&quot;%1&quot; ist keine reine ASCII-E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 already exists. Quorum never overwrites a key file: choose another file name.</source>
        <translation>%1 existiert bereits. Quorum überschreibt nie eine Schlüsseldatei: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: its folder does not exist.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: Ihr Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The cryptography library could not create the new key. Check that QCA&apos;s OpenSSL plugin is installed (installer/install-deps.sh).</source>
        <translation>Die Kryptografiebibliothek konnte den neuen Schlüssel nicht erzeugen. Prüfen Sie, ob das OpenSSL-Plugin von QCA installiert ist (installer/install-deps.sh).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Quorum::Dashboard</name>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>Quorum::Database</name>
    <message>
        <source>The governance database %1 could not be opened. Check that the file and its folder are accessible.</source>
        <translation>Die Governance-Datenbank %1 konnte nicht geöffnet werden. Prüfen Sie, ob die Datei und ihr Ordner zugänglich sind.</translation>
    </message>
    <message>
        <source>The governance database %1 is read-only for you (file permissions or a read-only share). Ask for write access, or copy the file to a folder you can write to.</source>
        <translation>Die Governance-Datenbank %1 ist für Sie schreibgeschützt (Dateiberechtigungen oder eine schreibgeschützte Freigabe). Bitten Sie um Schreibzugriff, oder kopieren Sie die Datei in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a governance database. Create one with File → New or &apos;quorumctl init&apos;.</source>
        <translation>%1 ist eine leere SQLite-Datenbank, keine Governance-Datenbank. Legen Sie eine mit Datei → Neu oder &apos;quorumctl init&apos; an.</translation>
    </message>
    <message>
        <source>The governance database %1 is locked by another program (another Quorum, quorumctl or an SQLite tool holding a write lock). Close it or wait a moment, then try again.</source>
        <translation>Die Governance-Datenbank %1 ist durch ein anderes Programm gesperrt (ein anderes Quorum, quorumctl oder ein SQLite-Werkzeug mit Schreibsperre). Schließen Sie es oder warten Sie einen Moment, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Quorum governance database. Open the file that Quorum or &apos;quorumctl init&apos; created.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Quorum-Governance-Datenbank. Öffnen Sie die Datei, die Quorum oder &apos;quorumctl init&apos; angelegt hat.</translation>
    </message>
    <message>
        <source>The governance database %1 was written by a newer version of Quorum (schema %2; this program knows up to %3). It was not changed. Update Quorum to open it.</source>
        <translation>Die Governance-Datenbank %1 wurde von einer neueren Version von Quorum geschrieben (Schema %2; dieses Programm kennt höchstens %3). Sie wurde nicht verändert. Aktualisieren Sie Quorum, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The governance database %1 is damaged (the integrity check failed). Restore it from a backup copy; nothing was changed.</source>
        <translation>Die Governance-Datenbank %1 ist beschädigt (die Integritätsprüfung ist fehlgeschlagen). Stellen Sie sie aus einer Sicherungskopie wieder her; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Upgrading the governance database %1 from schema %2 to %3 failed at step %4 (%5). The upgrade was rolled back and the file is unchanged.</source>
        <translation>Die Aktualisierung der Governance-Datenbank %1 von Schema %2 auf %3 ist bei Schritt %4 fehlgeschlagen (%5). Die Aktualisierung wurde zurückgenommen; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>A backup copy is at %1.</source>
        <translation>Eine Sicherungskopie liegt unter %1.</translation>
    </message>
    <message>
        <source>Could not write the backup copy %1 of %2. Free some disk space or make the folder writable, then try again.</source>
        <translation>Die Sicherungskopie %1 von %2 konnte nicht geschrieben werden. Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Quorum::Demo</name>
    <message>
        <source>The demo key cache %1 cannot be created.</source>
        <translation>Der Cache für Demo-Schlüssel %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Signing keys of the people of the Quorum demo database.
Each .p12 file holds one person&apos;s private key and certificate;
the passphrase of every file is: %1
Choose one in the workbench (Settings &gt; Signing identity) or pass it
to &apos;quorumctl decide --key FILE.p12&apos;. They are demo keys: never use
them for a real decision.
</source>
        <translation>Signaturschlüssel der Personen der Quorum-Demo-Datenbank.
Jede .p12-Datei enthält den privaten Schlüssel und das Zertifikat einer Person;
die Passphrase jeder Datei lautet: %1
Wählen Sie eine davon in der Werkbank (Einstellungen &gt; Signaturidentität) oder übergeben Sie sie
an &apos;quorumctl decide --key FILE.p12&apos;. Es sind Demo-Schlüssel: Verwenden Sie sie
nie für eine echte Entscheidung.
</translation>
    </message>
    <message>
        <source>The demo key folder %1 cannot be created.</source>
        <translation>Der Ordner für Demo-Schlüssel %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo key %1 cannot be written.</source>
        <translation>Der Demo-Schlüssel %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Quorum::Distances</name>
    <message>
        <source>%1 needs two share vectors over the same bins; got %2 and %3 bins.</source>
        <translation>%1 braucht zwei Anteilsvektoren über dieselben Bins; erhalten: %2 und %3 Bins.</translation>
    </message>
    <message>
        <source>The Wasserstein distance needs two non-empty samples.</source>
        <translation>Die Wasserstein-Distanz braucht zwei nicht leere Stichproben.</translation>
    </message>
</context>
<context>
    <name>Quorum::DriftSeries</name>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov</source>
        <translation>Kolmogorov–Smirnov</translation>
    </message>
    <message>
        <source>χ²</source>
        <translation>χ²</translation>
    </message>
    <message>
        <source>Jensen–Shannon distance</source>
        <translation>Jensen–Shannon-Distanz</translation>
    </message>
    <message>
        <source>Wasserstein distance</source>
        <translation>Wasserstein-Distanz</translation>
    </message>
    <message>
        <source>Hellinger distance</source>
        <translation>Hellinger-Distanz</translation>
    </message>
    <message>
        <source>Z-test</source>
        <translation>Z-Test</translation>
    </message>
    <message>
        <source>Kullback–Leibler divergence</source>
        <translation>Kullback–Leibler-Divergenz</translation>
    </message>
    <message>
        <source>Energy distance</source>
        <translation>Energiedistanz</translation>
    </message>
    <message>
        <source>Total variation distance</source>
        <translation>Totalvariationsdistanz</translation>
    </message>
    <message>
        <source>Anderson–Darling</source>
        <translation>Anderson–Darling</translation>
    </message>
    <message>
        <source>Cramér–von Mises</source>
        <translation>Cramér–von Mises</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Exakter Test nach Fisher</translation>
    </message>
    <message>
        <source>G-test</source>
        <translation>G-Test</translation>
    </message>
    <message>
        <source>Mann–Whitney U</source>
        <translation>Mann–Whitney-U</translation>
    </message>
    <message>
        <source>Epps–Singleton</source>
        <translation>Epps–Singleton</translation>
    </message>
    <message>
        <source>t-test</source>
        <translation>t-Test</translation>
    </message>
    <message>
        <source>Maximum mean discrepancy</source>
        <translation>Maximum Mean Discrepancy</translation>
    </message>
</context>
<context>
    <name>Quorum::DriftStatus</name>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
</context>
<context>
    <name>Quorum::ImportPlan</name>
    <message>
        <source>import cancelled: nothing was written</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluierungen</translation>
    </message>
    <message>
        <source>Drift observations</source>
        <translation>Drift-Beobachtungen</translation>
    </message>
    <message>
        <source>Fairness reports</source>
        <translation>Fairness-Berichte</translation>
    </message>
    <message>
        <source>Model cards</source>
        <translation>Modellkarten</translation>
    </message>
</context>
<context>
    <name>Quorum::Inbox</name>
    <message>
        <source>You may only grant a waiver for the failed checks.</source>
        <translation>Für die fehlgeschlagenen Prüfungen können Sie nur eine Ausnahme gewähren.</translation>
    </message>
</context>
<context>
    <name>Quorum::InboxModel</name>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>No approvals required</source>
        <translation>Keine Freigaben erforderlich</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
</context>
<context>
    <name>Quorum::Internal</name>
    <message>
        <source>version &quot;%1&quot; of model %2 is not a version number: expected MAJOR.MINOR.PATCH, e.g. 2.1.0</source>
        <translation>Version &quot;%1&quot; von Modell %2 ist keine Versionsnummer: erwartet wird MAJOR.MINOR.PATCH, z. B. 2.1.0</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Risikostufe %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Verantwortlicher %1</translation>
    </message>
    <message>
        <source>sha256 %1…</source>
        <translation>sha256 %1…</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2%3 (threshold %4) %5, %6</source>
        <translation>%1 %2%3 (Schwellenwert %4) %5, %6</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <source>model card revision (schema %1)</source>
        <translation>Modellkarten-Revision (Schema %1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>more than %1 fields in one file</source>
        <translation>mehr als %1 Felder in einer Datei</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; of &quot;%2&quot; is listed twice; expected each group once</source>
        <translation>die Gruppe &quot;%1&quot; von &quot;%2&quot; ist doppelt aufgeführt; jede Gruppe darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>expected the favourable outcome of &quot;%1&quot; given on %2, &quot;%3&quot;, found &quot;%4&quot;</source>
        <translation>erwartet wird das in %2 für &quot;%1&quot; angegebene günstige Ergebnis &quot;%3&quot;, gefunden: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>a second privileged group of &quot;%1&quot; (the first is &quot;%2&quot; on %3); expected exactly one</source>
        <translation>eine zweite privilegierte Gruppe von &quot;%1&quot; (die erste ist &quot;%2&quot; in %3); erwartet wird genau eine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (split %2) has one group, &quot;%3&quot;; expected at least two to compare</source>
        <translation>&quot;%1&quot; (Split %2) hat nur eine Gruppe, &quot;%3&quot;; für einen Vergleich werden mindestens zwei erwartet</translation>
    </message>
    <message>
        <source>no row of &quot;%1&quot; (split %2) has privileged true; expected exactly one privileged group among %3</source>
        <translation>keine Zeile von &quot;%1&quot; (Split %2) hat privileged true; erwartet wird genau eine privilegierte Gruppe unter %3</translation>
    </message>
    <message>
        <source>the file is empty; expected a CSV header such as metric,value</source>
        <translation>die Datei ist leer; erwartet wird eine CSV-Kopfzeile wie metric,value</translation>
    </message>
    <message>
        <source>expected a header with metric,value (evaluations) or attribute,group,privileged,tp,fp,tn,fn (fairness), found %1</source>
        <translation>erwartet wird eine Kopfzeile mit metric,value (Evaluierungen) oder attribute,group,privileged,tp,fp,tn,fn (Fairness), gefunden: %1</translation>
    </message>
    <message>
        <source>no rows after the header</source>
        <translation>keine Zeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; is listed twice; expected each group of &quot;%2&quot; once</source>
        <translation>die Gruppe &quot;%1&quot; ist doppelt aufgeführt; jede Gruppe von &quot;%2&quot; darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>expected at least two groups to compare, found %1</source>
        <translation>erwartet werden mindestens zwei Gruppen zum Vergleich, gefunden: %1</translation>
    </message>
    <message>
        <source>expected one of the groups (%1), found &quot;%2&quot;</source>
        <translation>erwartet wird eine der Gruppen (%1), gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected an &quot;evaluations&quot; or a &quot;fairness&quot; list with at least one entry</source>
        <translation>erwartet wird eine Liste &quot;evaluations&quot; oder &quot;fairness&quot; mit mindestens einem Eintrag</translation>
    </message>
    <message>
        <source>expected an ISO date such as 2025-01-31 or a date and time such as 2025-01-31T23:59:59Z, found &quot;%1&quot;</source>
        <translation>erwartet wird ein ISO-Datum wie 2025-01-31 oder Datum und Uhrzeit wie 2025-01-31T23:59:59Z, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; production rows need window_start and window_end (ISO dates such as 2025-01-31)</source>
        <translation>fehlt; Produktionszeilen brauchen window_start und window_end (ISO-Datumsangaben wie 2025-01-31)</translation>
    </message>
    <message>
        <source>only production rows have a window; this row&apos;s split is %1</source>
        <translation>nur Produktionszeilen haben ein Zeitfenster; der Split dieser Zeile ist %1</translation>
    </message>
    <message>
        <source>the window ends before it starts (%1)</source>
        <translation>das Zeitfenster endet, bevor es beginnt (%1)</translation>
    </message>
    <message>
        <source>expected a count of 0 or more, found %1</source>
        <translation>erwartet wird eine Anzahl von 0 oder mehr, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected text</source>
        <translation>fehlt; erwartet wird Text</translation>
    </message>
    <message>
        <source>expected train, validation, test or production, found &quot;%1&quot;</source>
        <translation>erwartet wird train, validation, test oder production, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected true or false (or 1/0, yes/no), found &quot;%1&quot;</source>
        <translation>erwartet wird true oder false (oder 1/0, yes/no), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a metric name such as accuracy</source>
        <translation>erwartet wird ein Metrikname wie accuracy</translation>
    </message>
    <message>
        <source>expected a value from 0 to 1 for %1, found %2 (write a percentage as a fraction: 91.2 % as 0.912)</source>
        <translation>erwartet wird ein Wert von 0 bis 1 für %1, gefunden: %2 (Prozentwerte als Anteil schreiben: 91,2 % als 0.912)</translation>
    </message>
    <message>
        <source>expected a Brier score from 0 to 1, found %1</source>
        <translation>erwartet wird ein Brier-Score von 0 bis 1, gefunden: %1</translation>
    </message>
    <message>
        <source>expected the column&apos;s name, found empty text</source>
        <translation>erwartet wird der Name der Spalte, gefunden: leerer Text</translation>
    </message>
    <message>
        <source>expected &quot;metric_id&quot; or &quot;metric_name&quot; naming the metric, such as &quot;ValueDrift(column=age,method=psi,threshold=0.1)&quot;</source>
        <translation>erwartet wird &quot;metric_id&quot; oder &quot;metric_name&quot; mit dem Namen der Metrik, etwa &quot;ValueDrift(column=age,method=psi,threshold=0.1)&quot;</translation>
    </message>
    <message>
        <source>expected column=… in &quot;%1&quot;</source>
        <translation>erwartet wird column=… in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a finite number as threshold, found &quot;%1&quot;</source>
        <translation>erwartet wird eine endliche Zahl als Schwellenwert, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a metric id such as &quot;ValueDrift(column=age,method=psi,threshold=0.1)&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wird eine Metrik-ID wie &quot;ValueDrift(column=age,method=psi,threshold=0.1)&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the parameters of %1 in parentheses, found &quot;%2&quot;</source>
        <translation>erwartet werden die Parameter von %1 in Klammern, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected key=value parameters in &quot;%1&quot;</source>
        <translation>erwartet werden Parameter der Form key=value in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the folder&apos;s name &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>erwartet wird der Ordnername &quot;%1&quot;, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not an MLflow run (no meta.yaml)</source>
        <translation>kein MLflow-Run (keine meta.yaml)</translation>
    </message>
    <message>
        <source>deleted run</source>
        <translation>gelöschter Run</translation>
    </message>
    <message>
        <source>not an MLflow logged model (no meta.yaml)</source>
        <translation>kein geloggtes MLflow-Modell (keine meta.yaml)</translation>
    </message>
    <message>
        <source>deleted logged model</source>
        <translation>gelöschtes geloggtes Modell</translation>
    </message>
    <message>
        <source>not an MLflow experiment (no meta.yaml)</source>
        <translation>kein MLflow-Experiment (keine meta.yaml)</translation>
    </message>
    <message>
        <source>deleted experiment</source>
        <translation>gelöschtes Experiment</translation>
    </message>
    <message>
        <source>experiment_id &quot;%1&quot; in meta.yaml is not the folder&apos;s name</source>
        <translation>experiment_id &quot;%1&quot; in meta.yaml ist nicht der Name des Ordners</translation>
    </message>
    <message>
        <source>not an MLflow run folder (expected 32 hexadecimal digits as its name)</source>
        <translation>kein MLflow-Run-Ordner (erwartet werden 32 Hexadezimalziffern als Name)</translation>
    </message>
    <message>
        <source>expected &quot;active&quot; or &quot;deleted&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wird &quot;active&quot; oder &quot;deleted&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a run status 1 to 5 (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED), found &quot;%1&quot;</source>
        <translation>erwartet wird ein Run-Status von 1 bis 5 (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a model version number, found &quot;%1&quot;</source>
        <translation>erwartet wird eine Modellversionsnummer, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a model version (no meta.yaml)</source>
        <translation>keine Modellversion (keine meta.yaml)</translation>
    </message>
    <message>
        <source>expected %1, the number in the folder&apos;s name, found %2</source>
        <translation>erwartet wird %1, die Nummer im Ordnernamen, gefunden: %2</translation>
    </message>
    <message>
        <source>deleted model version</source>
        <translation>gelöschte Modellversion</translation>
    </message>
    <message>
        <source>not a registered model (no meta.yaml)</source>
        <translation>kein registriertes Modell (keine meta.yaml)</translation>
    </message>
    <message>
        <source>not a model version folder (expected version-&lt;number&gt;)</source>
        <translation>kein Modellversionsordner (erwartet wird version-&lt;number&gt;)</translation>
    </message>
    <message>
        <source>the privileged or the unprivileged group has no rows</source>
        <translation>die privilegierte oder die nicht privilegierte Gruppe hat keine Zeilen</translation>
    </message>
    <message>
        <source>the privileged group&apos;s selection rate is 0, so the ratio is undefined</source>
        <translation>die Auswahlrate der privilegierten Gruppe ist 0, daher ist das Verhältnis nicht definiert</translation>
    </message>
    <message>
        <source>the privileged or the unprivileged group has no rows with the favourable label, so its true positive rate is undefined</source>
        <translation>die privilegierte oder die nicht privilegierte Gruppe hat keine Zeilen mit dem günstigen Label, daher ist ihre True-Positive-Rate nicht definiert</translation>
    </message>
    <message>
        <source>the privileged or the unprivileged group has no rows with the unfavourable label, so its false positive rate is undefined</source>
        <translation>die privilegierte oder die nicht privilegierte Gruppe hat keine Zeilen mit dem ungünstigen Label, daher ist ihre False-Positive-Rate nicht definiert</translation>
    </message>
    <message>
        <source>fewer than two groups have rows</source>
        <translation>weniger als zwei Gruppen haben Zeilen</translation>
    </message>
    <message>
        <source>no group has a favourable prediction, so the ratio is undefined</source>
        <translation>keine Gruppe hat eine günstige Vorhersage, daher ist das Verhältnis nicht definiert</translation>
    </message>
    <message>
        <source>fewer than two groups have both favourable and unfavourable labels</source>
        <translation>weniger als zwei Gruppen haben sowohl günstige als auch ungünstige Labels</translation>
    </message>
    <message>
        <source>%1 %2 &lt; %3 (four-fifths rule)</source>
        <translation>%1 %2 &lt; %3 (Vier-Fünftel-Regel)</translation>
    </message>
    <message>
        <source>%1 %2 beyond ±%3 (policy threshold)</source>
        <translation>%1 %2 außerhalb ±%3 (Schwellenwert der Richtlinie)</translation>
    </message>
</context>
<context>
    <name>Quorum::Internal::CsvScanner</name>
    <message>
        <source>text after a closing quote; expected a comma or the end of the line</source>
        <translation>Text nach einem schließenden Anführungszeichen; erwartet wird ein Komma oder das Zeilenende</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed; expected a closing &quot;</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen; erwartet wird ein schließendes &quot;</translation>
    </message>
</context>
<context>
    <name>Quorum::Internal::CsvTable</name>
    <message>
        <source>line %1, column &quot;%2&quot;</source>
        <translation>Zeile %1, Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown column; expected %1</source>
        <translation>unbekannte Spalte; erwartet: %1</translation>
    </message>
    <message>
        <source>the column is named twice</source>
        <translation>der Spaltenname kommt zweimal vor</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;; expected %2</source>
        <translation>die Kopfzeile hat keine Spalte &quot;%1&quot;; erwartet: %2</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>erwartet werden %1 Felder wie in der Kopfzeile, gefunden: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Internal::MlflowTreeWalker</name>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>more than %1 folder levels below the store&apos;s root</source>
        <translation>mehr als %1 Ordnerebenen unterhalb des Stammordners des Speichers</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>symbolic-link loop (leads back to %1)</source>
        <translation>Schleife aus symbolischen Links (führt zurück zu %1)</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>der Ordner kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>more than %1 files and folders, over the limit for an MLflow store</source>
        <translation>mehr als %1 Dateien und Ordner, über der Grenze für einen MLflow-Speicher</translation>
    </message>
    <message>
        <source>a broken symbolic link (its target %1 does not exist)</source>
        <translation>ein defekter symbolischer Link (sein Ziel %1 existiert nicht)</translation>
    </message>
    <message>
        <source>a key of spaces only, expected a name</source>
        <translation>ein Schlüssel nur aus Leerzeichen; erwartet wird ein Name</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is also given by %2; expected one file per key</source>
        <translation>der Schlüssel &quot;%1&quot; wird auch durch %2 angegeben; erwartet wird eine Datei pro Schlüssel</translation>
    </message>
</context>
<context>
    <name>Quorum::Internal::Resolver</name>
    <message>
        <source>model &quot;%1&quot; is not in the database: give --tier 1-4 and --owner EMAIL to create it</source>
        <translation>Modell &quot;%1&quot; ist nicht in der Datenbank: Geben Sie --tier 1-4 und --owner EMAIL an, um es anzulegen</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not in the database: give --owner EMAIL to create it</source>
        <translation>Modell &quot;%1&quot; ist nicht in der Datenbank: Geben Sie --owner EMAIL an, um es anzulegen</translation>
    </message>
    <message>
        <source>no person with e-mail %1 to own the new model &quot;%2&quot;: add them first (quorumctl person add) or give another --owner</source>
        <translation>keine Person mit der E-Mail-Adresse %1, die das neue Modell &quot;%2&quot; verantworten könnte: Legen Sie sie zuerst an (quorumctl person add) oder geben Sie einen anderen --owner an</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not in the database: register it first, or give --tier 1-4 and --owner EMAIL to create it</source>
        <translation>Modell &quot;%1&quot; ist nicht in der Datenbank: Registrieren Sie es zuerst oder geben Sie --tier 1-4 und --owner EMAIL an, um es anzulegen</translation>
    </message>
    <message>
        <source>no version %1 of model %2: register it first (quorumctl register) or import it from MLflow</source>
        <translation>keine Version %1 von Modell %2: Registrieren Sie sie zuerst (quorumctl register) oder importieren Sie sie aus MLflow</translation>
    </message>
</context>
<context>
    <name>Quorum::InventoryModel</name>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1 (retiring)</source>
        <translation>%1 (in Außerbetriebnahme)</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>Keine Versionen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Quorum::JournalMode</name>
    <message>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <source>rollback (network share)</source>
        <translation>Rollback (Netzwerkfreigabe)</translation>
    </message>
</context>
<context>
    <name>Quorum::ModelCardCheck</name>
    <message>
        <source>the card is empty; expected a JSON object</source>
        <translation>die Karte ist leer; erwartet wird ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Quorum::ModelCardService</name>
    <message>
        <source>The model card is not valid: %1</source>
        <translation>Die Modellkarte ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>There is no model version %1.</source>
        <translation>Es gibt keine Modellversion %1.</translation>
    </message>
    <message>
        <source>Nothing changed: the card is the same as revision %1.</source>
        <translation>Nichts geändert: Die Karte entspricht Revision %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::ModelStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retirement in progress</source>
        <translation>Außerbetriebnahme läuft</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
</context>
<context>
    <name>Quorum::PolicyRepository</name>
    <message>
        <source>%1 has no policy for risk tier %2: releases of that tier cannot be judged. An administrator must add one.</source>
        <translation>%1 hat keine Richtlinie für Risikostufe %2: Releases dieser Stufe können nicht beurteilt werden. Ein Administrator muss eine anlegen.</translation>
    </message>
</context>
<context>
    <name>Quorum::PrivilegedGroup</name>
    <message>
        <source>The privileged group is empty: give a value such as &apos;male&apos; or a comparison such as &apos;&gt;25&apos;.</source>
        <translation>Die privilegierte Gruppe ist leer: Geben Sie einen Wert wie &apos;male&apos; oder einen Vergleich wie &apos;&gt;25&apos; an.</translation>
    </message>
    <message>
        <source>The privileged group &apos;%1&apos; compares with &apos;%2&apos;, which is not a number; write e.g. &apos;&gt;25&apos; or &apos;&gt;=65&apos;.</source>
        <translation>Die privilegierte Gruppe &apos;%1&apos; vergleicht mit &apos;%2&apos;, das keine Zahl ist; schreiben Sie z. B. &apos;&gt;25&apos; oder &apos;&gt;=65&apos;.</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ReleaseService</name>
    <message>
        <source>Model name &quot;%1&quot;: expected lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Modellname &quot;%1&quot;: erwartet werden Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot;: expected a semantic version such as 1.4.0.</source>
        <translation>Version &quot;%1&quot;: erwartet wird eine semantische Version wie 1.4.0.</translation>
    </message>
    <message>
        <source>Artifact checksum &quot;%1&quot;: expected 64 hexadecimal digits (SHA-256).</source>
        <translation>Artefakt-Prüfsumme &quot;%1&quot;: erwartet werden 64 Hexadezimalziffern (SHA-256).</translation>
    </message>
    <message>
        <source>%1 is a tier %2 model; --tier %3 does not match.</source>
        <translation>%1 ist ein Modell der Risikostufe %2; --tier %3 passt nicht dazu.</translation>
    </message>
    <message>
        <source>%1 %2 is registered already.</source>
        <translation>%1 %2 ist bereits registriert.</translation>
    </message>
    <message>
        <source>Risk tier %1: expected 1 (critical) to 4 (minimal).</source>
        <translation>Risikostufe %1: erwartet wird 1 (kritisch) bis 4 (minimal).</translation>
    </message>
    <message>
        <source>%1 is a new model: give its risk tier (--tier 1…4).</source>
        <translation>%1 ist ein neues Modell: Geben Sie seine Risikostufe an (--tier 1…4).</translation>
    </message>
    <message>
        <source>No person has the e-mail %1 (the owner).</source>
        <translation>Keine Person hat die E-Mail-Adresse %1 (Modellverantwortlicher).</translation>
    </message>
    <message>
        <source>The model %1 is %2: it takes no new releases.</source>
        <translation>Das Modell %1 hat den Status %2: Es nimmt keine neuen Releases an.</translation>
    </message>
    <message>
        <source>A retirement is started with &apos;quorumctl retire&apos; (or &quot;Start retirement…&quot;), which records its reason.</source>
        <translation>Eine Außerbetriebnahme wird mit &apos;quorumctl retire&apos; (oder &quot;Außerbetriebnahme beginnen…&quot;) gestartet; dabei wird ihr Grund erfasst.</translation>
    </message>
    <message>
        <source>%1 %2 is in %3; a release request can only move it forward to staging, approved or production.</source>
        <translation>%1 %2 ist in der Phase %3; ein Freigabeantrag kann die Version nur in die Phase Staging, Freigegeben oder Produktion weiterführen.</translation>
    </message>
    <message>
        <source>Release %1 %2 to %3</source>
        <translation>%1 %2 für %3 freigeben</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner starts its retirement; %1 does not own %2.</source>
        <translation>Nur der Modellverantwortliche kann die Außerbetriebnahme beginnen; %1 ist nicht Modellverantwortlicher von %2.</translation>
    </message>
    <message>
        <source>A retirement needs a reason.</source>
        <translation>Eine Außerbetriebnahme erfordert einen Grund.</translation>
    </message>
    <message>
        <source>The model %1 is retired already.</source>
        <translation>Das Modell %1 ist bereits außer Betrieb.</translation>
    </message>
    <message>
        <source>Version #%1 is not a version of %2.</source>
        <translation>Version #%1 ist keine Version von %2.</translation>
    </message>
    <message>
        <source>%1 has no version in production; name the version to retire.</source>
        <translation>%1 hat keine Version in Produktion; geben Sie die Version an, die außer Betrieb genommen werden soll.</translation>
    </message>
    <message>
        <source>%1 %2 is retired already.</source>
        <translation>%1 %2 ist bereits außer Betrieb.</translation>
    </message>
    <message>
        <source>A model cannot replace itself.</source>
        <translation>Ein Modell kann sich nicht selbst ersetzen.</translation>
    </message>
    <message>
        <source>Retire %1 %2</source>
        <translation>%1 %2 außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Version %1 of the replacement is in production</source>
        <translation>Version %1 des Ersatzmodells ist in Produktion</translation>
    </message>
    <message>
        <source>The replacement has no version in production</source>
        <translation>Das Ersatzmodell hat keine Version in Produktion</translation>
    </message>
    <message>
        <source>%1 does not hold the qa role: only a QA tester records &quot;Tester ✓&quot;.</source>
        <translation>%1 hat nicht die Rolle qa: Nur ein QA-Tester kann &quot;Tester ✓&quot; erfassen.</translation>
    </message>
    <message>
        <source>Segregation of duties: %1 submitted the request or owns the model and cannot test it.</source>
        <translation>Funktionstrennung: %1 hat den Antrag eingereicht oder ist Modellverantwortlicher und kann ihn daher nicht testen.</translation>
    </message>
    <message>
        <source>Only the submitter or the model&apos;s owner may withdraw request #%1.</source>
        <translation>Nur der Einreicher oder der Modellverantwortliche darf Antrag #%1 zurückziehen.</translation>
    </message>
</context>
<context>
    <name>Quorum::Reports</name>
    <message>
        <source>There is no model named &quot;%1&quot; in %2; &apos;quorumctl models&apos; lists the models there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence of version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period needs a valid first and last day (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2: give the earlier day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happened between %1 and %2: no release requests and no audit events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation type="unfinished">Ereignis %1: %2</translation>
    </message>
    <message>
        <source>1 Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished">Modelle</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished">Versionen</translation>
    </message>
    <message>
        <source>Release requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished">Audit-Trail</translation>
    </message>
    <message>
        <source>holds (%1 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does NOT hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is part of an audit pack. MANIFEST.json lists every file of the pack with its SHA-256 and is signed by the exporter; VERIFY.txt says how to check it without Quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Inventory extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model version is in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modell</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">Risikostufe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Verantwortlicher</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>Artifact SHA-256</source>
        <translation type="unfinished">Artefakt-SHA-256</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourable outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished">Split</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished">Zeilen</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>%1 Protected attribute: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.1 Summary metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bootstrap confidence intervals were stored for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.2 Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.3 Undefined metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness report</source>
        <translation type="unfinished">Fairness-Bericht</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation type="unfinished">Risikostufe</translation>
    </message>
    <message>
        <source>Protected attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness report is stored for %1: group fairness has not been measured for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed metrics follow AIF360 (unprivileged groups pooled against the privileged group); unsigned ones follow Fairlearn (spread over all groups). The four-fifths rule flags a selection-rate ratio below 0.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">nicht erfasst</translation>
    </message>
    <message>
        <source>Card revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 von %2</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Autor</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished">Model Card</translation>
    </message>
    <message>
        <source>%1 has no model card: none was saved for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of the model card of %2 cannot be read (%3): its content is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq, person_id or entity_id: expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before or after: expected a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_at: expected a UTC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: the line is not written as Quorum writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: does not link to event %2 before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit pack&apos;s manifest cannot be signed with the key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding approval records, decisions and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished">%1 wird geschrieben… {1?}</translation>
    </message>
    <message>
        <source>it is not one DER SignedData structure as Quorum writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SignedData version is not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its digest algorithms are not SHA-256 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a detached signature of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate it carries is not the exporter&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold one signer of version 1 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a decision needs its statement and its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signed decision statement of this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signer&apos;s certificate %1 is not in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an approval record (a JSON object with its signatures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature of decision %1 differs from %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named by a certificate&apos;s SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate&apos;s SHA-256 fingerprint is %1, not the one in its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed after it was signed: its SHA-256 differs from the digest signed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of %1 does not hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: MANIFEST.json is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names the exporter&apos;s certificate %1, which the pack does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its exporter&apos;s certificate %1 does not have the fingerprint it gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed after signing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: MANIFEST.json lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size (%1 bytes) differs from MANIFEST.json (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 differs from MANIFEST.json (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed in MANIFEST.json (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the pack has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum audit pack
=================

This ZIP file is an audit pack exported from Quorum, an AI-model governance
workbench. It proves itself: MANIFEST.json lists every file with its SHA-256,
and MANIFEST.json is signed by the person who exported the pack.

Scope:             %1
Generated at:      %2 (UTC) by %3
Exported by:       %4 &lt;%5&gt;
Database instance: %6

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds
-------------
report.pdf                    the audit report: requests, threshold checks,
                              decisions with their signatures, fairness and
                              drift charts, model card, audit-trail extract and
                              the verification result at export time
approvals/&lt;approval_id&gt;.json  the approval record of each decided request
decisions/decision-&lt;id&gt;.json  each decision&apos;s statement, bytes exactly as signed
decisions/decision-&lt;id&gt;.p7s   its detached CMS signature (DER)
certificates/&lt;sha256&gt;.pem     the certificates of the signers and the exporter,
                              each named by its SHA-256 fingerprint
audit/events.jsonl            the audit-trail events of the scope, one JSON object
                              per line; &quot;hash&quot; is the SHA-256 of the event&apos;s
                              canonical content, &quot;prev_hash&quot; links it to the
                              event before
VERIFY.txt                    this file
MANIFEST.json                 every file above with its SHA-256 and size
MANIFEST.json.p7s             the exporter&apos;s detached CMS signature of it

The whole pack is checked offline, without the database, by:
    quorumctl verify PACK.zip

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking it by hand
-------------------
Unzip the pack into an empty folder and run the commands below in it with
bash. They need OpenSSL (1.1 or 3) and GNU coreutils, and stop at the
first check that fails. To run them all at once:
    sed -n &apos;/^# ----- begin commands/,/^# ----- end commands/p&apos; VERIFY.txt | bash

The OpenSSL commands use -noverify: it skips the certificate chain, since
the pack does not rely on a certificate authority. Each certificate is
pinned by its SHA-256 fingerprint instead: the fingerprint names its file
and is checked first, and -nointern makes OpenSSL use that certificate
only, never one carried inside a signature. Compare the fingerprints with
the ones registered for these people:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># 1. Each certificate has the SHA-256 fingerprint its file name gives.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># 2. The exporter signed MANIFEST.json.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># 3. Every file has the SHA-256 MANIFEST.json lists (VERIFY.txt cannot list its
#    own digest: it is looked up in MANIFEST.json).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#    The same with OpenSSL alone:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># 4. Each decision&apos;s signature holds over its statement, with the certificate of
#    its signer.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks of the audit pack passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name &apos;%1&apos; is not a safe relative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libarchive is out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable ZIP archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to “%1”: unknown file type. Use one of .pdf, .html, .htm, .md or .markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference line: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::AnnexIv</name>
    <message>
        <source>Intended use cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-offs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system name, type and reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system name and type and any additional unambiguous reference allowing the identification and traceability of the AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and address of the provider or, where applicable, of their authorised representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement that the EU declaration of conformity referred to in Article 47 is issued under the sole responsibility of the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement that the AI system is in conformity with this Regulation and, if applicable, with any other relevant Union law that provides for the issuing of the EU declaration of conformity referred to in Article 47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished">Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Where an AI system involves the processing of personal data, a statement that that AI system complies with Regulations (EU) 2016/679 and (EU) 2018/1725 and Directive (EU) 2016/680.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards and common specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References to any relevant harmonised standards used or any other common specification in relation to which conformity is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where applicable, the name and identification number of the notified body, a description of the conformity assessment procedure performed, and identification of the certificate issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, date and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place and date of issue of the declaration, the name and function of the person who signed it, as well as an indication for, or on behalf of whom, that person signed, a signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::AuditReport</name>
    <message numerus="yes">
        <source>The audit trail does not hold: %n problem(s) in %1 events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::AuditReportSections</name>
    <message>
        <source>Threshold checks of request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished">Sollwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">Istwert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <source>Tester checks of request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Kommentar</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished">Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished">Richtlinie</translation>
    </message>
    <message>
        <source>Retirement reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision has been signed on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.1 Release requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release request of this version is in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1%2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold checks were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.1 Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail holds: its %1 events run without a gap, each names the hash of the event before it and matches its own hash. Head: event %2, hash %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.2 Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed decision is in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed decisions in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished">Antrag</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 on request #%2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 signatures verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures that do not verify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Audit-trail extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit events are in scope; the full list, with the rows before and after each change and the hashes, is in audit/events.jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished">Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished">Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished">Entität</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="unfinished">Entitäts-ID</translation>
    </message>
    <message>
        <source>%1 more events are omitted here; see audit/events.jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when the pack was exported, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modell</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation type="unfinished">Risikostufe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Verantwortlicher</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished">Framework</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation type="unfinished">Artefakt</translation>
    </message>
    <message>
        <source>Artifact SHA-256</source>
        <translation type="unfinished">Artefakt-SHA-256</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">nicht erfasst</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.2 Fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness report is stored for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected attribute %1 (%2 split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fairness flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.3 Drift monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift monitoring is stored for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature drifted in any monitored window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.4 Model card summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model card was saved for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model card (revision %1) cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of the card; the full card is a separate report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethical considerations</source>
        <translation type="unfinished">Ethische Überlegungen</translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::AuditScope</name>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 bis %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::BuilderHelpers</name>
    <message>
        <source>Not stated in the model card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation type="unfinished">Person #%1</translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::ChartBlocks</name>
    <message>
        <source>(privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-group results for %1 (%2 split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation type="unfinished">Auswahlrate</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation type="unfinished">TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished">FPR</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished">Präzision</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished">Genauigkeit</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation type="unfinished">Brier</translation>
    </message>
    <message>
        <source>Selection rate by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-fifths of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups below the line are selected at less than four fifths of the privileged group&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No four-fifths line: the privileged group %1 has no selection rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary metrics for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <source>Bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">Befund</translation>
    </message>
    <message>
        <source>Drift by feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished">Statistik</translation>
    </message>
    <message>
        <source>Newest window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished">Schwellenwert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Windows warned / drifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished">Ende des Zeitfensters</translation>
    </message>
    <message>
        <source>%1 of %2 windows drifted, from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::ManifestReader</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-11-20T09:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a safe entry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of order (files are sorted by path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a safe entry name of a packed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::ModelCardSections</name>
    <message>
        <source>Performance metrics stated in the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished">Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished">Schwellenwert</translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations stored for the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished">Split</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished">Segment</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>The card states no performance metrics; these are the evaluations the database holds for the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No performance metrics: the card states none and no evaluation of the version is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed graphic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no graphics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graphics are images in the card; they are not reproduced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Quantitative analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.1 Performance metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.2 Graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.1 Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.2 Use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.3 Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.4 Trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.5 Ethical considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished">Risiko</translation>
    </message>
    <message>
        <source>Mitigation strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the card outside the Model Card Toolkit sections above, by key path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished">Pfad</translation>
    </message>
    <message>
        <source>Datasets named by the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished">Evaluierung</translation>
    </message>
    <message>
        <source>1 Model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.1 Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.2 Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.3 Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.4 Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5 Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.6 References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.7 Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.1 Model architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.2 Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.3 Input format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.4 Output format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::Pdf</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Reports::ZipReader</name>
    <message>
        <source>unknown libarchive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; has a name that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; escapes the pack&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; has an unsafe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is a link, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; makes the archive larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable ZIP archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::RequestStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>Quorum::RiskTier</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>Experimentell</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>Risikostufe %1 · %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Role</name>
    <message>
        <source>AI-IRB reviewer</source>
        <translation>Prüfer der KI-Ethikkommission (AI-IRB)</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Compliance-Beauftragter</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Rechtsabteilung</translation>
    </message>
    <message>
        <source>Model owner</source>
        <translation>Modellverantwortlicher</translation>
    </message>
    <message>
        <source>ML engineer</source>
        <translation>ML-Engineer</translation>
    </message>
    <message>
        <source>ML lead</source>
        <translation>ML-Leitung</translation>
    </message>
    <message>
        <source>Business stakeholder</source>
        <translation>Fachbereichsvertreter</translation>
    </message>
    <message>
        <source>QA tester</source>
        <translation>QA-Tester</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Quorum::SourceNode</name>
    <message>
        <source>expected an object with &quot;%1&quot;, found %2</source>
        <translation>erwartet wird ein Objekt mit &quot;%1&quot;, gefunden: %2</translation>
    </message>
    <message>
        <source>missing; expected an object</source>
        <translation>fehlt; erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet wird ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected a list</source>
        <translation>fehlt; erwartet wird eine Liste</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>erwartet wird eine Liste, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected text</source>
        <translation>fehlt; erwartet wird Text</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>erwartet wird Text, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected a number</source>
        <translation>fehlt; erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>expected a number, found the text &quot;%1&quot;</source>
        <translation>erwartet wird eine Zahl, gefunden: der Text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>erwartet wird eine Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a finite number, found NaN</source>
        <translation>erwartet wird eine endliche Zahl, gefunden: NaN</translation>
    </message>
    <message>
        <source>expected a finite number, found %1 (infinite or too large for a double)</source>
        <translation>erwartet wird eine endliche Zahl, gefunden: %1 (unendlich oder zu groß für einen Double-Wert)</translation>
    </message>
    <message>
        <source>missing; expected a whole number</source>
        <translation>fehlt; erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wird eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number of at most 2^53, found %1</source>
        <translation>erwartet wird eine ganze Zahl von höchstens 2^53, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected true or false</source>
        <translation>fehlt; erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet wird true oder false, gefunden: %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Quorum::Stage</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
</context>
<context>
    <name>Quorum::StatisticsRecorder</name>
    <message>
        <source>The drift window must have a start and an end date, the end not before the start.</source>
        <translation>Das Drift-Fenster braucht ein Start- und ein Enddatum, und das Ende darf nicht vor dem Start liegen.</translation>
    </message>
</context>
<context>
    <name>Quorum::Translator</name>
    <message>
        <source>Show the workbench in &lt;language&gt;, e.g. de or en, instead of the system&apos;s language (also the QUORUM_LANG environment variable).</source>
        <translation>Die Werkbank in &lt;Sprache&gt; zeigen, z. B. de oder en, statt in der Sprache des Systems (auch die Umgebungsvariable QUORUM_LANG).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Quorum::TreeBuilder</name>
    <message>
        <source>YAML aliases (*name) are not accepted: they can expand a few bytes into gigabytes; write the value out</source>
        <translation>YAML-Aliase (*name) werden nicht akzeptiert: Sie können wenige Bytes zu Gigabytes aufblähen; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not accepted: with aliases they can expand a few bytes into gigabytes; write the values out</source>
        <translation>YAML-Anker (&amp;name) werden nicht akzeptiert: Zusammen mit Aliasen können sie wenige Bytes zu Gigabytes aufblähen; schreiben Sie die Werte aus</translation>
    </message>
    <message>
        <source>the quoted text is not closed; expected a closing %1</source>
        <translation>der Text in Anführungszeichen ist nicht geschlossen; erwartet wird ein schließendes %1</translation>
    </message>
    <message>
        <source>more than %1 values in one document</source>
        <translation>mehr als %1 Werte in einem Dokument</translation>
    </message>
    <message>
        <source>a mapping key must be plain text</source>
        <translation>ein Zuordnungsschlüssel muss einfacher Text sein</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one mapping</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einer Zuordnung zweimal vor</translation>
    </message>
    <message>
        <source>a mapping key must be plain text, found a collection</source>
        <translation>ein Zuordnungsschlüssel muss einfacher Text sein, gefunden: eine Sammlung</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; expected a flatter document</source>
        <translation>tiefer als %1 Ebenen verschachtelt; erwartet wird ein flacheres Dokument</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui</name>
    <message>
        <source>Event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Decision %1 on request #%2: %3</source>
        <translation>Entscheidung %1 zu Antrag #%2: %3</translation>
    </message>
    <message>
        <source>Checkpoint %1: %2</source>
        <translation>Prüfpunkt %1: %2</translation>
    </message>
    <message>
        <source>%1 (recorded by event %2)</source>
        <translation>%1 (erfasst durch Ereignis %2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 statistic %2, p-value %3</source>
        <translation>%1-Statistik %2, p-Wert %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Threshold %1 on the p-value (drift below)</source>
        <translation>Schwellenwert %1 für den p-Wert (Drift darunter)</translation>
    </message>
    <message>
        <source>Threshold %1 (drift at or above)</source>
        <translation>Schwellenwert %1 (Drift ab diesem Wert)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Demographic parity difference</source>
        <translation>Differenz der demografischen Parität</translation>
    </message>
    <message>
        <source>Demographic parity ratio</source>
        <translation>Verhältnis der demografischen Parität</translation>
    </message>
    <message>
        <source>Disparate impact ratio</source>
        <translation>Disparate-Impact-Verhältnis</translation>
    </message>
    <message>
        <source>Statistical parity difference</source>
        <translation>Differenz der statistischen Parität</translation>
    </message>
    <message>
        <source>Equal opportunity difference</source>
        <translation>Equal-Opportunity-Differenz</translation>
    </message>
    <message>
        <source>Equalized odds difference</source>
        <translation>Equalized-Odds-Differenz</translation>
    </message>
    <message>
        <source>Average odds difference</source>
        <translation>Average-Odds-Differenz</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (privilegiert)</translation>
    </message>
    <message>
        <source>Group missing in the baseline</source>
        <translation>Gruppe fehlt in der Basis</translation>
    </message>
    <message>
        <source>Group missing in the candidate</source>
        <translation>Gruppe fehlt im Kandidaten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation>Auswahlrate</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>Kandidat: %1</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Fairness flags</source>
        <translation>Fairness-Befunde</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>nicht beobachtet</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Baseline window</source>
        <translation>Zeitfenster (Basis)</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Wert (Basis)</translation>
    </message>
    <message>
        <source>Baseline status</source>
        <translation>Status (Basis)</translation>
    </message>
    <message>
        <source>Candidate window</source>
        <translation>Zeitfenster (Kandidat)</translation>
    </message>
    <message>
        <source>Candidate value</source>
        <translation>Wert (Kandidat)</translation>
    </message>
    <message>
        <source>Candidate status</source>
        <translation>Status (Kandidat)</translation>
    </message>
    <message>
        <source>Neither version has a fairness report.</source>
        <translation>Keine der beiden Versionen hat einen Fairness-Bericht.</translation>
    </message>
    <message>
        <source>The newest report of each protected attribute; groups are matched by name.</source>
        <translation>Der neueste Bericht je geschütztem Merkmal; Gruppen werden über ihren Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Neither version has drift observations.</source>
        <translation>Keine der beiden Versionen hat Drift-Beobachtungen.</translation>
    </message>
    <message>
        <source>The latest window of each feature and statistic; a row whose status got worse is marked.</source>
        <translation>Das jüngste Zeitfenster je Feature und Statistik; Zeilen, deren Status sich verschlechtert hat, sind markiert.</translation>
    </message>
    <message>
        <source>Regression: %1 (allowed %2)</source>
        <translation>Regression: %1 (zulässig %2)</translation>
    </message>
    <message>
        <source>Regression: worse than 0 (allowed %1)</source>
        <translation>Regression: schlechter als 0 (zulässig %1)</translation>
    </message>
    <message>
        <source>Within allowance: %1 (allowed %2)</source>
        <translation>Innerhalb der Toleranz: %1 (zulässig %2)</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Changed (no better direction)</source>
        <translation>Geändert (ohne Vorzugsrichtung)</translation>
    </message>
    <message>
        <source>Missing in the candidate</source>
        <translation>Fehlt im Kandidaten</translation>
    </message>
    <message>
        <source>Missing in the baseline</source>
        <translation>Fehlt in der Basis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is the first version of %2: there is no earlier version to compare it with, so every value is shown as new.</source>
        <translation>%1 ist die erste Version von %2: Es gibt keine frühere Version zum Vergleich, daher werden alle Werte als neu angezeigt.</translation>
    </message>
    <message>
        <source>%1 against %2, the version in production.</source>
        <translation>%1 im Vergleich zu %2, der Version in Produktion.</translation>
    </message>
    <message>
        <source>%1 against %2, the newest version before it (no other version is in production).</source>
        <translation>%1 im Vergleich zu %2, der neuesten Version davor (keine andere Version ist in Produktion).</translation>
    </message>
    <message>
        <source>%1 against %2.</source>
        <translation>%1 im Vergleich zu %2.</translation>
    </message>
    <message>
        <source>No baseline: nothing to judge against the %1 regression allowance.</source>
        <translation>Keine Basis: Es gibt nichts, das an der zulässigen Regression von %1 zu messen wäre.</translation>
    </message>
    <message>
        <source>No regression beyond %1 (tier %2 policy, version %3).</source>
        <translation>Keine Regression über %1 hinaus (Richtlinie der Risikostufe %2, Version %3).</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>keine Modellkarte</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Votum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Neither version has evaluation metrics.</source>
        <translation>Keine der beiden Versionen hat Evaluierungsmetriken.</translation>
    </message>
    <message>
        <source>Latest value of each metric; a directional metric more than %1 worse than the baseline (relative to the baseline) is a regression, as in the release check.</source>
        <translation>Jüngster Wert jeder Metrik; eine gerichtete Metrik, die mehr als %1 schlechter als die Basis ist (relativ zur Basis), gilt wie bei der Freigabeprüfung als Regression.</translation>
    </message>
    <message>
        <source>Neither version has a model card.</source>
        <translation>Keine der beiden Versionen hat eine Modellkarte.</translation>
    </message>
    <message>
        <source>Baseline card: %1; candidate card: %2.</source>
        <translation>Modellkarte der Basis: %1; Modellkarte des Kandidaten: %2.</translation>
    </message>
    <message>
        <source>%1 The cards are the same.</source>
        <translation>%1 Die Modellkarten sind gleich.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>⚠ Flagged</source>
        <translation>⚠ Auffällig</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>The import failed unexpectedly; nothing was imported. Try again; if it persists, report the details.</source>
        <translation>Der Import ist unerwartet fehlgeschlagen; es wurde nichts importiert. Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie die Details.</translation>
    </message>
    <message>
        <source>The import failed unexpectedly; nothing was imported. Try again; if it persists, report it.</source>
        <translation>Der Import ist unerwartet fehlgeschlagen; es wurde nichts importiert. Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie ihn.</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>Evaluierungen</translation>
    </message>
    <message>
        <source>drift observation</source>
        <translation>Drift-Beobachtung</translation>
    </message>
    <message>
        <source>drift observations</source>
        <translation>Drift-Beobachtungen</translation>
    </message>
    <message>
        <source>fairness report</source>
        <translation>Fairness-Bericht</translation>
    </message>
    <message>
        <source>fairness reports</source>
        <translation>Fairness-Berichte</translation>
    </message>
    <message>
        <source>model card revision</source>
        <translation>Modellkarten-Revision</translation>
    </message>
    <message>
        <source>model card revisions</source>
        <translation>Modellkarten-Revisionen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Drift observation</source>
        <translation>Drift-Beobachtung</translation>
    </message>
    <message>
        <source>Fairness report</source>
        <translation>Fairness-Bericht</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>The source holds nothing to import</source>
        <translation>Die Quelle enthält nichts zu importieren</translation>
    </message>
    <message>
        <source>Nothing new: the database already holds %1</source>
        <translation>Nichts Neues: Die Datenbank enthält bereits %1</translation>
    </message>
    <message>
        <source>%1, %2 unchanged</source>
        <translation>%1, %2 unverändert</translation>
    </message>
    <message>
        <source>new </source>
        <translation>neue </translation>
    </message>
    <message>
        <source>Nothing was imported: the database already holds everything in the source.</source>
        <translation>Es wurde nichts importiert: Die Datenbank enthält bereits alles aus der Quelle.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Request #%1 · %2 → %3 · %4 · judged under policy tier %5 v%6</source>
        <translation>Antrag #%1 · %2 → %3 · %4 · geprüft nach Richtlinie der Risikostufe %5 v%6</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2; expires %3.</source>
        <translation>Eingereicht von %1 am %2; läuft ab am %3.</translation>
    </message>
    <message>
        <source>Ticket %1.</source>
        <translation>Ticket %1.</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <source>You would sign as:</source>
        <translation>Sie würden signieren als:</translation>
    </message>
    <message>
        <source>You can still reject the release or request changes.</source>
        <translation>Sie können den Freigabeantrag weiterhin ablehnen oder Änderungen anfordern.</translation>
    </message>
    <message>
        <source>Approval is blocked:</source>
        <translation>Die Freigabe ist blockiert:</translation>
    </message>
    <message>
        <source>Threshold checks</source>
        <translation>Schwellenwertprüfungen</translation>
    </message>
    <message>
        <source>This request has no checks.</source>
        <translation>Dieser Antrag hat keine Prüfungen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Sollwert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Bestanden</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Nicht bestanden</translation>
    </message>
    <message>
        <source>Metrics against production</source>
        <translation>Metriken im Vergleich zur Produktion</translation>
    </message>
    <message>
        <source>No test metrics are recorded.</source>
        <translation>Es sind keine Testmetriken erfasst.</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <source>Production %1</source>
        <translation>Produktion %1</translation>
    </message>
    <message>
        <source>Metric (test)</source>
        <translation>Metrik (Test)</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Diese Version</translation>
    </message>
    <message>
        <source>No other version is in production.</source>
        <translation>Keine andere Version ist in Produktion.</translation>
    </message>
    <message>
        <source>Tester checks</source>
        <translation>Tester-Prüfungen</translation>
    </message>
    <message>
        <source>No QA tester has checked it yet.</source>
        <translation>Bisher hat kein QA-Tester den Antrag geprüft.</translation>
    </message>
    <message>
        <source>Tester ✓ passed</source>
        <translation>Tester ✓ bestanden</translation>
    </message>
    <message>
        <source>Tester ✗ failed</source>
        <translation>Tester ✗ nicht bestanden</translation>
    </message>
    <message>
        <source>signed by %1 as %2 on %3</source>
        <translation>signiert von %1 als %2 am %3</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Auflagen:</translation>
    </message>
    <message>
        <source>Waiver in force until %1.</source>
        <translation>Ausnahme gültig bis %1.</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Frühere Entscheidungen</translation>
    </message>
    <message>
        <source>Nobody has decided yet.</source>
        <translation>Bisher hat niemand entschieden.</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Außerbetriebnahme</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Replacement:</source>
        <translation>Ersatz:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Archiv:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>By signing you approve %1</source>
        <translation>Mit Ihrer Signatur geben Sie %1 frei</translation>
    </message>
    <message>
        <source>By signing you approve %1 under the conditions you give</source>
        <translation>Mit Ihrer Signatur geben Sie %1 unter den von Ihnen angegebenen Auflagen frei</translation>
    </message>
    <message>
        <source>By signing you reject %1</source>
        <translation>Mit Ihrer Signatur lehnen Sie %1 ab</translation>
    </message>
    <message>
        <source>By signing you request changes to %1</source>
        <translation>Mit Ihrer Signatur fordern Sie Änderungen an %1 an</translation>
    </message>
    <message>
        <source>By signing you grant a waiver for the failed threshold checks of %1, until the date you give</source>
        <translation>Mit Ihrer Signatur gewähren Sie eine Ausnahme für die nicht bestandenen Schwellenwertprüfungen von %1 bis zu dem von Ihnen angegebenen Datum</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Unter Auflagen freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Grant a waiver</source>
        <translation>Ausnahme gewähren</translation>
    </message>
    <message>
        <source>Signed and recorded (decision #%1). Request #%2 is now %3.
Quorum: %4</source>
        <translation>Signiert und erfasst (Entscheidung #%1). Antrag #%2 hat jetzt den Status %3.
Quorum: %4</translation>
    </message>
    <message>
        <source>Approval record: %1</source>
        <translation>Freigabeprotokoll: %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 → %4, request #%5)</source>
        <translation>%1 %2 (%3 → %4, Antrag #%5)</translation>
    </message>
    <message>
        <source>%1 as %2. This is your electronic signature: it is recorded with your printed name, the date and time and the meaning “%3”, and it cannot be moved to another record.</source>
        <translation>%1 als %2. Dies ist Ihre elektronische Signatur: Sie wird mit Ihrem Namen in Klarschrift, Datum und Uhrzeit sowie der Bedeutung „%3“ erfasst und kann nicht auf einen anderen Datensatz übertragen werden.</translation>
    </message>
    <message>
        <source>The lineage could not be saved to %1: %2</source>
        <translation>Die Herkunft konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Datasets, versions and deployments exported from Quorum</source>
        <translation>Aus Quorum exportierte Datensätze, Versionen und Deployments</translation>
    </message>
    <message>
        <source>The lineage could not be saved to %1. Check that the folder exists and that you may write there.</source>
        <translation>Die Herkunft konnte nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo database. Check that you can write to it.</source>
        <translation>Der Ordner %1 für die Demo-Datenbank kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Quorum could not open %1 because of an unexpected error. Try again; if it persists, report the details.</source>
        <translation>Quorum konnte %1 wegen eines unerwarteten Fehlers nicht öffnen. Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie die Details.</translation>
    </message>
    <message>
        <source>Quorum could not open %1 because of an unexpected error. Try again; if it persists, report it.</source>
        <translation>Quorum konnte %1 wegen eines unerwarteten Fehlers nicht öffnen. Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie ihn.</translation>
    </message>
    <message>
        <source>Open Governance Database</source>
        <translation>Governance-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Governance databases (*.sqlite *.db);;All files (*)</source>
        <translation>Governance-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Governance Database</source>
        <translation>Neue Governance-Datenbank</translation>
    </message>
    <message>
        <source>governance.sqlite</source>
        <translation>governance.sqlite</translation>
    </message>
    <message>
        <source>Governance databases (*.sqlite *.db)</source>
        <translation>Governance-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a new, empty governance database</source>
        <translation>Eine neue, leere Governance-Datenbank anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a governance database file</source>
        <translation>Eine Governance-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open the demo database, building it on first use</source>
        <translation>Die Demo-Datenbank öffnen; sie wird beim ersten Mal erstellt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import evidence from MLflow, model cards, Evidently reports or evaluation files</source>
        <translation>Nachweise aus MLflow, Modellkarten, Evidently-Berichten oder Evaluierungsdateien importieren</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>Datenbank &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the database again, with other people&apos;s changes</source>
        <translation>Die Datenbank neu lesen, mit den Änderungen anderer</translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation>&amp;Über Quorum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Annex IV technical documentation</source>
        <translation>Technische Dokumentation nach Anhang IV</translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation>Audit-Paket</translation>
    </message>
    <message>
        <source>Release log</source>
        <translation>Release-Protokoll</translation>
    </message>
    <message>
        <source>The technical documentation of Annex IV of the EU AI Act for one model version, with a readiness summary of its gaps.</source>
        <translation>Die technische Dokumentation nach Anhang IV der KI-Verordnung (EU AI Act) für eine Modellversion, mit einer Übersicht über den Erfüllungsstand und die Lücken.</translation>
    </message>
    <message>
        <source>A signed ZIP for an auditor: the audit report, approval records, signed decisions, certificates and audit events, with a manifest that verifies offline.</source>
        <translation>Ein signiertes ZIP für einen Auditor: Auditbericht, Freigabeprotokolle, signierte Entscheidungen, Zertifikate und Audit-Ereignisse, mit einem Manifest, das sich offline prüfen lässt.</translation>
    </message>
    <message>
        <source>The model card of one version in the sections of the Model Card Toolkit.</source>
        <translation>Die Modellkarte einer Version, gegliedert nach den Abschnitten des Model Card Toolkit.</translation>
    </message>
    <message>
        <source>The fairness of one version per protected attribute: groups, rates, the four-fifths line and the flags.</source>
        <translation>Die Fairness einer Version je geschütztem Merkmal: Gruppen, Raten, die Vier-Fünftel-Linie und die Befunde.</translation>
    </message>
    <message>
        <source>model_release_log.md: every decided release request of the database, oldest first.</source>
        <translation>model_release_log.md: alle entschiedenen Freigabeanträge der Datenbank, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Audit packs (*.zip)</source>
        <translation>Audit-Pakete (*.zip)</translation>
    </message>
    <message>
        <source>This report has no document to build.</source>
        <translation>Für diesen Bericht gibt es kein Dokument zu erstellen.</translation>
    </message>
    <message>
        <source>Reading the evidence of %1…</source>
        <translation>Nachweise von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>%1 files: %2 decisions, %3 approval records, %4 audit events.</source>
        <translation>%1 Dateien: %2 Entscheidungen, %3 Freigabeprotokolle, %4 Audit-Ereignisse.</translation>
    </message>
    <message>
        <source>Reading the decided release requests…</source>
        <translation>Die entschiedenen Freigabeanträge werden gelesen…</translation>
    </message>
    <message>
        <source>Laying out the preview…</source>
        <translation>Die Vorschau wird aufgebaut…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Opening the key file…</source>
        <translation>Die Schlüsseldatei wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 of %2 items evidenced (%3 by default)</source>
        <translation>%1 von %2 Punkten belegt (%3 durch Standardwerte)</translation>
    </message>
    <message>
        <source>%1 of %2 items evidenced</source>
        <translation>%1 von %2 Punkten belegt</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>keine Lücken</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <source>Version %1: %2 → %3</source>
        <translation>Version %1: %2 → %3</translation>
    </message>
    <message>
        <source>Request #%1 · %2 · judged under policy %3</source>
        <translation>Antrag #%1 · %2 · geprüft nach Richtlinie %3</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2.</source>
        <translation>Eingereicht von %1 am %2.</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Abgeschlossen am %1.</translation>
    </message>
    <message>
        <source>Retirement reason:</source>
        <translation>Grund der Außerbetriebnahme:</translation>
    </message>
    <message>
        <source>waived by %1 until %2</source>
        <translation>Ausnahme durch %1 bis %2</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Waiver until</source>
        <translation>Ausnahme bis</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>automated (pipeline)</source>
        <translation>automatisiert (Pipeline)</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>interaktiv</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verifiziert</translation>
    </message>
    <message>
        <source>✗ Not verified: %1</source>
        <translation>✗ Nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>%1 — signed by %2 as %3 on %4</source>
        <translation>%1 — signiert von %2 als %3 am %4</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Nobody has decided this request yet.</source>
        <translation>Über diesen Antrag hat noch niemand entschieden.</translation>
    </message>
    <message>
        <source>Tier %1 · v%2</source>
        <translation>Risikostufe %1 · v%2</translation>
    </message>
    <message>
        <source>policy #%1</source>
        <translation>Richtlinie #%1</translation>
    </message>
    <message>
        <source>Fairness summary metrics</source>
        <translation>Fairness-Kennzahlen im Überblick</translation>
    </message>
    <message>
        <source>Groups and their rates</source>
        <translation>Gruppen und ihre Raten</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Alert #%1</source>
        <translation>Warnung #%1 bestätigen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>What you looked at and what is done about it (required, kept in the audit trail)</source>
        <translation>Was Sie geprüft haben und was dagegen unternommen wird (Pflichtfeld, wird im Prüfpfad festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Acknowledged as %1 &lt;%2&gt;; the audit trail records it.</source>
        <translation>Bestätigt als %1 &lt;%2&gt;; der Prüfpfad hält es fest.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Auslöser:</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Observed:</source>
        <translation>Beobachtet:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Ausgelöst:</translation>
    </message>
    <message>
        <source>Acknowledging</source>
        <translation>Wird bestätigt</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation>Die Warnung bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write a comment first: it is required.</source>
        <translation>Schreiben Sie zuerst einen Kommentar: Er ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::AlertsPanel</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>S&amp;how acknowledged</source>
        <translation>Bestätigte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show acknowledged alerts</source>
        <translation>Bestätigte Warnungen anzeigen</translation>
    </message>
    <message>
        <source>List the alerts already acknowledged, with who and why</source>
        <translation>Die bereits bestätigten Warnungen auflisten, mit Angabe, wer sie bestätigt hat und warum</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Die gewählte Warnung bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge Alert…</source>
        <translation>Warnung bestätigen…</translation>
    </message>
    <message>
        <source>Monitoring alerts</source>
        <translation>Überwachungswarnungen</translation>
    </message>
    <message>
        <source>No alerts have been raised: every monitored value is within its tier&apos;s thresholds.</source>
        <translation>Es wurden keine Warnungen ausgelöst: Jeder überwachte Wert liegt innerhalb der Schwellenwerte seiner Risikostufe.</translation>
    </message>
    <message>
        <source>No active alerts: every monitored value is within its tier&apos;s thresholds, or its alert was acknowledged.</source>
        <translation>Keine aktiven Warnungen: Jeder überwachte Wert liegt innerhalb der Schwellenwerte seiner Risikostufe, oder seine Warnung wurde bestätigt.</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>Keine aktiven Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n aktive Warnung</numerusform>
            <numerusform>%n aktive Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an active alert to acknowledge it.</source>
        <translation>Wählen Sie eine aktive Warnung aus, um sie zu bestätigen.</translation>
    </message>
    <message>
        <source>This alert was acknowledged by %1.</source>
        <translation>Diese Warnung wurde von %1 bestätigt.</translation>
    </message>
    <message>
        <source>Your certificate is not registered to a person in this database, so nobody could be named as acknowledging. Settings says how to register it.</source>
        <translation>Ihr Zertifikat ist in dieser Datenbank keiner Person zugeordnet, daher könnte niemand als Bestätigender genannt werden. In den Einstellungen steht, wie Sie es registrieren.</translation>
    </message>
    <message>
        <source>Looking up who you are in this database…</source>
        <translation>Es wird ermittelt, wer Sie in dieser Datenbank sind…</translation>
    </message>
    <message>
        <source>Choose your signing identity (Settings → Signing identity): an acknowledgement names the person who made it.</source>
        <translation>Wählen Sie Ihre Signaturidentität (Einstellungen → Signaturidentität): Eine Bestätigung nennt die Person, die sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert with a comment (Ctrl+K)</source>
        <translation>Die gewählte Warnung mit einem Kommentar bestätigen (Strg+K)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ApprovalsSnapshot</name>
    <message>
        <source>person #%1</source>
        <translation>Person #%1</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ApprovalsTab</name>
    <message>
        <source>Checks and decisions of the selected request</source>
        <translation>Prüfungen und Entscheidungen des gewählten Antrags</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Release requests of this model</source>
        <translation>Freigabeanträge dieses Modells</translation>
    </message>
    <message>
        <source>Reading the release requests…</source>
        <translation>Freigabeanträge werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n release request(s)</source>
        <translation>
            <numerusform>%n Freigabeantrag</numerusform>
            <numerusform>%n Freigabeanträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No release request has been submitted for this model yet.</source>
        <translation>Für dieses Modell wurde noch kein Freigabeantrag eingereicht.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::AuditArea</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Filter by actor, action, entity or id…</source>
        <translation>Nach Akteur, Aktion, Entität oder ID filtern…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Entitäten</translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>Read every older event now, so the filters see them all</source>
        <translation>Alle älteren Ereignisse jetzt lesen, damit die Filter sie alle erfassen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the hash chain of the audit trail and every signature (Ctrl+Shift+V)</source>
        <translation>Die Hash-Kette des Prüfpfads und jede Signatur prüfen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Verify the Audit Trail</source>
        <translation>Prüfpfad prüfen</translation>
    </message>
    <message>
        <source>Filter Events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded · %3 in the trail</source>
        <translation>%1 angezeigt von %2 geladenen · %3 im Prüfpfad</translation>
    </message>
    <message>
        <source>%1 of %2 events loaded</source>
        <translation>%1 von %2 Ereignissen geladen</translation>
    </message>
    <message>
        <source>Search the audit events</source>
        <translation>Audit-Ereignisse durchsuchen</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::AuditEventView</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (person #%2)</source>
        <translation>%1 (Person #%2)</translation>
    </message>
    <message>
        <source>Event %1 · %2 %3
Time: %4
Actor: %5
Previous hash: %6
Hash: %7

Before:
%8

After:
%9</source>
        <translation>Ereignis %1 · %2 %3
Zeit: %4
Akteur: %5
Vorheriger Hash: %6
Hash: %7

Vorher:
%8

Nachher:
%9</translation>
    </message>
    <message>
        <source>Select an event to see the row before and after it.</source>
        <translation>Wählen Sie ein Ereignis, um den Zustand der Zeile vor und nach dem Ereignis zu sehen.</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>The selected event before and after</source>
        <translation>Das gewählte Ereignis vorher und nachher</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::AuditTab</name>
    <message>
        <source>Audit events of this model</source>
        <translation>Audit-Ereignisse dieses Modells</translation>
    </message>
    <message>
        <source>Filter the audit events</source>
        <translation>Die Audit-Ereignisse filtern</translation>
    </message>
    <message>
        <source>Filter by actor, action, entity or id…</source>
        <translation>Nach Akteur, Aktion, Entität oder ID filtern…</translation>
    </message>
    <message>
        <source>Filter Events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Reading the audit events…</source>
        <translation>Audit-Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>The audit events could not be read.</source>
        <translation>Die Audit-Ereignisse konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Events of this model: %1</source>
        <translation>Ereignisse dieses Modells: %1</translation>
    </message>
    <message>
        <source>Events of this model: %1 (%2 shown)</source>
        <translation>Ereignisse dieses Modells: %1 (%2 angezeigt)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::AuditVerification</name>
    <message>
        <source>The audit trail holds: %1 events, %2 signed decisions, %3 checkpoints.</source>
        <translation>Der Prüfpfad ist intakt: %1 Ereignisse, %2 signierte Entscheidungen, %3 Kontrollpunkte.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>The audit trail does not hold: %1 in %2 events, %3 signed decisions and %4 checkpoints.</source>
        <translation>Der Prüfpfad ist nicht intakt: %1 in %2 Ereignissen, %3 signierten Entscheidungen und %4 Kontrollpunkten.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::BackgroundWork</name>
    <message>
        <source>The work failed unexpectedly. Try again; if it persists, report the details.</source>
        <translation>Der Vorgang ist unerwartet fehlgeschlagen. Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie die Details.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ChartArea</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::CompareDialog</name>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Candidate version</source>
        <translation>Kandidatenversion</translation>
    </message>
    <message>
        <source>Baseline version</source>
        <translation>Basisversion</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Keine Basis</translation>
    </message>
    <message>
        <source>Swap candidate and baseline</source>
        <translation>Kandidat und Basis tauschen</translation>
    </message>
    <message>
        <source>Swap candidate and baseline (Alt+S)</source>
        <translation>Kandidat und Basis tauschen (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Comparison sections</source>
        <translation>Vergleichsbereiche</translation>
    </message>
    <message>
        <source>Metric deltas</source>
        <translation>Metrik-Differenzen</translation>
    </message>
    <message>
        <source>Fairness per group</source>
        <translation>Fairness je Gruppe</translation>
    </message>
    <message>
        <source>Drift status</source>
        <translation>Drift-Status</translation>
    </message>
    <message>
        <source>Model card changes</source>
        <translation>Änderungen der Modellkarte</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>&amp;Fairness</source>
        <translation>&amp;Fairness</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Drift</translation>
    </message>
    <message>
        <source>Model ca&amp;rd</source>
        <translation>Mode&amp;llkarte</translation>
    </message>
    <message>
        <source>C&amp;opy rows</source>
        <translation>Zeilen k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Die gewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (%1)</source>
        <translation>Die gewählten Zeilen als tabulatorgetrennten Text kopieren (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the comparison…</source>
        <translation>Vergleich wird gelesen…</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <translation>Versionen von %1 vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Metrics (%n regression(s))</source>
        <translation>
            <numerusform>&amp;Metriken (%n Regression)</numerusform>
            <numerusform>&amp;Metriken (%n Regressionen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::CompareFormat</name>
    <message numerus="yes">
        <source>%n regression(s) beyond %1 (tier %2 policy, version %3).</source>
        <translation>
            <numerusform>%n Regression über %1 (Richtlinie der Risikostufe %2, Version %3).</numerusform>
            <numerusform>%n Regressionen über %1 (Richtlinie der Risikostufe %2, Version %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::CompareRevisionsDialog</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Compare revisions — %1</source>
        <translation>Revisionen vergleichen — %1</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Ältere Revision</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Neuere Revision</translation>
    </message>
    <message>
        <source>Older revision&apos;s JSON</source>
        <translation>JSON der älteren Revision</translation>
    </message>
    <message>
        <source>Newer revision&apos;s JSON</source>
        <translation>JSON der neueren Revision</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Revision %1 — %2</source>
        <translation>Revision %1 — %2</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>Revision %1 — %2, %3</translation>
    </message>
    <message>
        <source>The two revisions have the same content.</source>
        <translation>Die beiden Revisionen haben denselben Inhalt.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich.</numerusform>
            <numerusform>%n Felder unterscheiden sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DatabaseController</name>
    <message>
        <source>%1 already exists. Quorum never overwrites a file when creating a database: open it with File → Open, or choose another name.</source>
        <translation>%1 existiert bereits. Quorum überschreibt beim Anlegen einer Datenbank nie eine Datei: Öffnen Sie sie mit Datei → Öffnen, oder wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DatabaseStatusBar</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Die Demo-Datenbank wird erstellt…</translation>
    </message>
    <message>
        <source>The open governance database</source>
        <translation>Die geöffnete Governance-Datenbank</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>Schema unknown</source>
        <translation>Schema unbekannt</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DemoProgressDialog</name>
    <message>
        <source>Building the demo database. This happens only once.</source>
        <translation>Die Demo-Datenbank wird erstellt. Das geschieht nur einmal.</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>Demo-Datenbank</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DistributionChartView</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Current window</source>
        <translation>Aktuelles Zeitfenster</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Bin %1
Reference: %2
Current: %3</source>
        <translation>Klasse %1
Referenz: %2
Aktuell: %3</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DriftArea</name>
    <message>
        <source>Charted: %1 of each window. Its threshold applies to the p-value, which was not stored.</source>
        <translation>Dargestellt: %1 jedes Zeitfensters. Der Schwellenwert gilt für den p-Wert, der nicht gespeichert wurde.</translation>
    </message>
    <message>
        <source>Charted: the %1 of each window against the dashed threshold %2 (drift when the p-value falls below it). Markers and red bands show the status recorded for each window.</source>
        <translation>Dargestellt: %1 jedes Zeitfensters gegenüber dem gestrichelten Schwellenwert %2 (Drift, wenn der p-Wert darunter fällt). Markierungen und rote Bänder zeigen den für jedes Zeitfenster erfassten Status.</translation>
    </message>
    <message>
        <source>Charted: %1 of each window against the dashed threshold %2 (drift at or above it). Markers and red bands show the status recorded for each window.</source>
        <translation>Dargestellt: %1 jedes Zeitfensters gegenüber dem gestrichelten Schwellenwert %2 (Drift ab diesem Wert). Markierungen und rote Bänder zeigen den für jedes Zeitfenster erfassten Status.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Reading the versions with drift observations…</source>
        <translation>Versionen mit Drift-Beobachtungen werden gelesen…</translation>
    </message>
    <message>
        <source>No version has drift observations yet. Import drift results or compute them from samples.</source>
        <translation>Noch keine Version hat Drift-Beobachtungen. Importieren Sie Drift-Ergebnisse oder berechnen Sie sie aus Stichproben.</translation>
    </message>
    <message>
        <source>The drift observations could not be read.</source>
        <translation>Die Drift-Beobachtungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Earlier Window</source>
        <translation>Früheres Zeitfenster</translation>
    </message>
    <message>
        <source>Later Window</source>
        <translation>Späteres Zeitfenster</translation>
    </message>
    <message>
        <source>Go to the Features</source>
        <translation>Zu den Features</translation>
    </message>
    <message>
        <source>Reading the drift of %1 %2…</source>
        <translation>Drift von %1 %2 wird gelesen…</translation>
    </message>
    <message>
        <source>This version has no drift observations</source>
        <translation>Diese Version hat keine Drift-Beobachtungen</translation>
    </message>
    <message>
        <source>Features and their drift</source>
        <translation>Merkmale und ihre Drift</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DriftChartView</name>
    <message>
        <source>Drift period</source>
        <translation>Drift-Zeitraum</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Window shown below</source>
        <translation>Unten gezeigtes Fenster</translation>
    </message>
    <message>
        <source>No windows</source>
        <translation>Keine Fenster</translation>
    </message>
    <message>
        <source>%1 — %2 per window</source>
        <translation>%1 — %2 je Fenster</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Window ending</source>
        <translation>Fensterende</translation>
    </message>
    <message>
        <source>Threshold %1 (drift at or above)</source>
        <translation>Schwellenwert %1 (Drift ab diesem Wert)</translation>
    </message>
    <message>
        <source>Threshold %1 (drift below)</source>
        <translation>Schwellenwert %1 (Drift unter diesem Wert)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DriftFeatureModel</name>
    <message>
        <source>%1 (p-value)</source>
        <translation>%1 (p-Wert)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Drift in %1 of %2</source>
        <translation>Drift in %1 von %2</translation>
    </message>
    <message>
        <source>Warning in %1 of %2</source>
        <translation>Warnung in %1 von %2</translation>
    </message>
    <message>
        <source>Stable in all %1</source>
        <translation>Stabil in allen %1</translation>
    </message>
    <message>
        <source>Newest window ends %1</source>
        <translation>Neuestes Zeitfenster endet am %1</translation>
    </message>
    <message>
        <source>%1 windows: %2 drift, %3 warning</source>
        <translation>%1 Zeitfenster: %2 Drift, %3 Warnung</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last drift</source>
        <translation>Letzte Drift</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::DriftOverlayPanel</name>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No window of this series has stored distributions.</source>
        <translation>Für kein Zeitfenster dieser Reihe sind Verteilungen gespeichert.</translation>
    </message>
    <message>
        <source>Reference and current distributions</source>
        <translation>Referenz- und aktuelle Verteilung</translation>
    </message>
    <message>
        <source>No distributions were stored for %1; the list holds the windows that have them.</source>
        <translation>Für %1 wurden keine Verteilungen gespeichert; die Liste enthält die Zeitfenster, für die es welche gibt.</translation>
    </message>
    <message>
        <source>No distributions for this window</source>
        <translation>Keine Verteilungen für dieses Zeitfenster</translation>
    </message>
    <message>
        <source>The distributions stored for this window cannot be read.</source>
        <translation>Die für dieses Zeitfenster gespeicherten Verteilungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unreadable distributions</source>
        <translation>Unlesbare Verteilungen</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1: reference vs current, %2</source>
        <translation>%1: Referenz vs. aktuell, %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::EvaluationTab</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>loss against production ≤ %1 %</source>
        <translation>Verlust gegenüber Produktion ≤ %1 %</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1 % loss against production</source>
        <translation>%1 % Verlust gegenüber Produktion</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ Nicht bestanden: %1</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Bestanden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Evaluation metrics</source>
        <translation>Evaluierungsmetriken</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Release rule</source>
        <translation>Freigaberegel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>This model has no versions yet.</source>
        <translation>Dieses Modell hat noch keine Versionen.</translation>
    </message>
    <message>
        <source>Reading the metrics…</source>
        <translation>Die Metriken werden gelesen…</translation>
    </message>
    <message>
        <source>This version is not in the database any more.</source>
        <translation>Diese Version ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>The metrics could not be read.</source>
        <translation>Die Metriken konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Release rules of the tier %1 policy (version %2): accuracy on the test split of at least %3, and no accuracy loss of more than %4 % against the version in production.</source>
        <translation>Freigaberegeln der Richtlinie für Risikostufe %1 (Version %2): Accuracy auf dem Test-Split von mindestens %3 und kein Accuracy-Verlust von mehr als %4 % gegenüber der Version in Produktion.</translation>
    </message>
    <message>
        <source>%1 is the version in production.</source>
        <translation>%1 ist die Version in Produktion.</translation>
    </message>
    <message>
        <source>Changes are against %1, in production.</source>
        <translation>Änderungen gegenüber %1 (in Produktion).</translation>
    </message>
    <message>
        <source>No version is in production to compare with.</source>
        <translation>Es ist keine Version in Produktion, mit der sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>Metrics failing a rule: %1.</source>
        <translation>Metriken, die eine Regel verletzen: %1.</translation>
    </message>
    <message>
        <source>Version %1 has no evaluation metrics yet. Import evaluation results (File › Import…) or let the pipeline record them.</source>
        <translation>Version %1 hat noch keine Evaluierungsmetriken. Importieren Sie Evaluierungsergebnisse (Datei › Importieren…) oder lassen Sie sie von der Pipeline erfassen.</translation>
    </message>
    <message>
        <source>Values recorded: %1; the newest on %2</source>
        <translation>Erfasste Werte: %1; der neueste vom %2</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ExportKeyDialog</name>
    <message>
        <source>Sign the Audit Pack</source>
        <translation>Das Audit-Paket signieren</translation>
    </message>
    <message>
        <source>The pack&apos;s manifest is signed with your key, so an auditor can check that nothing in it changed since you exported it.</source>
        <translation>Das Manifest des Pakets wird mit Ihrem Schlüssel signiert, damit ein Auditor prüfen kann, dass sich seit Ihrem Export nichts daran geändert hat.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Your PKCS#12 key file (.p12)</source>
        <translation>Ihre PKCS#12-Schlüsseldatei (.p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of your key file</source>
        <translation>Die Passphrase Ihrer Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose Your Key File</source>
        <translation>Ihre Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Schlüsseldateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ExportStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>✓ Wrote %1.</source>
        <translation>✓ %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::FairnessArea</name>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <source>Reading the versions with fairness reports…</source>
        <translation>Versionen mit Fairness-Berichten werden gelesen…</translation>
    </message>
    <message>
        <source>No version has a fairness report yet. Import fairness results or compute them from prediction samples.</source>
        <translation>Noch keine Version hat einen Fairness-Bericht. Importieren Sie Fairness-Ergebnisse oder berechnen Sie sie aus Vorhersagestichproben.</translation>
    </message>
    <message>
        <source>The fairness reports could not be read.</source>
        <translation>Die Fairness-Berichte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Protected attribute</source>
        <translation>Geschütztes Merkmal</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>&amp;Merkmal:</translation>
    </message>
    <message>
        <source>Summary metrics</source>
        <translation>Zusammenfassende Metriken</translation>
    </message>
    <message>
        <source>Group sizes and rates</source>
        <translation>Gruppengrößen und Raten</translation>
    </message>
    <message>
        <source>Reading the fairness of %1 %2…</source>
        <translation>Fairness von %1 %2 wird gelesen…</translation>
    </message>
    <message>
        <source>1 flag</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No fairness report</source>
        <translation>Kein Fairness-Bericht</translation>
    </message>
    <message>
        <source>Dashed line: the four-fifths line, 0.8 × the selection rate of the privileged group %1 = %2. A group selected below it shows disparate impact.</source>
        <translation>Gestrichelte Linie: die Vier-Fünftel-Linie, 0,8 × Auswahlrate der privilegierten Gruppe %1 = %2. Eine Gruppe mit einer Auswahlrate darunter weist Disparate Impact auf.</translation>
    </message>
    <message>
        <source>No four-fifths line: the privileged group %1 has no selection rate of its own.</source>
        <translation>Keine Vier-Fünftel-Linie: Die privilegierte Gruppe %1 hat keine eigene Auswahlrate.</translation>
    </message>
    <message>
        <source>Report of %1, %2 split, %3 people; %4.</source>
        <translation>Bericht vom %1, Split %2, %3 Personen; %4.</translation>
    </message>
    <message>
        <source>✓ No fairness flags for %1.</source>
        <translation>✓ Keine Fairness-Befunde für %1.</translation>
    </message>
    <message>
        <source>⚠ 1 fairness flag for %1.</source>
        <translation>⚠ 1 Fairness-Befund für %1.</translation>
    </message>
    <message>
        <source>⚠ %1 fairness flags for %2.</source>
        <translation>⚠ %1 Fairness-Befunde für %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::FairnessChartView</name>
    <message>
        <source>Selection rate</source>
        <translation>Auswahlrate</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Rates per group of %1 (★ privileged group)</source>
        <translation>Raten je Gruppe von %1 (★ privilegierte Gruppe)</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Four-fifths line %1 = 0.8 × %2 (%3)</source>
        <translation>Vier-Fünftel-Linie %1 = 0.8 × %2 (%3)</translation>
    </message>
    <message>
        <source>No four-fifths line (no privileged selection rate)</source>
        <translation>Keine Vier-Fünftel-Linie (keine Auswahlrate der privilegierten Gruppe)</translation>
    </message>
    <message>
        <source>Four-fifths line</source>
        <translation>Vier-Fünftel-Linie</translation>
    </message>
    <message>
        <source>%1 — %2 people
Selection rate %3
True-positive rate %4
False-positive rate %5</source>
        <translation>%1 — %2 Personen
Auswahlrate %3
Richtig-positiv-Rate %4
Falsch-positiv-Rate %5</translation>
    </message>
    <message>
        <source>Selected below the four-fifths line</source>
        <translation>Auswahlrate unter der Vier-Fünftel-Linie</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::HomeArea</name>
    <message>
        <source>Home dashboard</source>
        <translation>Start-Übersicht</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>KPI period</source>
        <translation>Kennzahlen-Zeitraum</translation>
    </message>
    <message>
        <source>The period the governance KPIs are counted over (Alt+P)</source>
        <translation>Der Zeitraum, über den die Governance-Kennzahlen gezählt werden (Alt+Z)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Governance KPIs</source>
        <translation>Governance-Kennzahlen</translation>
    </message>
    <message>
        <source>Waiting for my decision</source>
        <translation>Wartet auf meine Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Waiting for my decision</source>
        <translation>&amp;Wartet auf meine Entscheidung</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>E&amp;xpiring soon</source>
        <translation>Läuft &amp;bald ab</translation>
    </message>
    <message>
        <source>Periodic review due</source>
        <translation>Regelprüfung fällig</translation>
    </message>
    <message>
        <source>Periodic &amp;review due</source>
        <translation>&amp;Regelprüfung fällig</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>W&amp;arnungen</translation>
    </message>
    <message>
        <source>Retirements in progress</source>
        <translation>Laufende Außerbetriebnahmen</translation>
    </message>
    <message>
        <source>Re&amp;tirements in progress</source>
        <translation>Laufende Außer&amp;betriebnahmen</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision</source>
        <translation>&amp;Wartet auf eine Entscheidung</translation>
    </message>
    <message>
        <source>Requests awaiting %1.</source>
        <translation>Anträge, die auf %1 warten.</translation>
    </message>
    <message>
        <source>Every pending request. Choose your signing identity in Settings to see only the requests awaiting you.</source>
        <translation>Alle offenen Anträge. Wählen Sie in den Einstellungen Ihre Signaturidentität, um nur die Anträge zu sehen, die auf Sie warten.</translation>
    </message>
    <message>
        <source>Nothing awaits your decision.</source>
        <translation>Nichts wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>No request awaits a decision.</source>
        <translation>Kein Antrag wartet auf eine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>Pending requests that expire within %n day(s) unless they are decided.</source>
        <translation>
            <numerusform>Offene Anträge, die innerhalb von %n Tag ablaufen, wenn nicht über sie entschieden wird.</numerusform>
            <numerusform>Offene Anträge, die innerhalb von %n Tagen ablaufen, wenn nicht über sie entschieden wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No request expires in the next %n day(s).</source>
        <translation>
            <numerusform>Kein Antrag läuft innerhalb von %n Tag ab.</numerusform>
            <numerusform>Kein Antrag läuft innerhalb von %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>No model in production is due for a periodic review.</source>
        <translation>Für kein Modell in Produktion ist eine Regelprüfung fällig.</translation>
    </message>
    <message>
        <source>No retirement is in progress.</source>
        <translation>Keine Außerbetriebnahme in Arbeit.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::HomeRows</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Fällig in %n Tag</numerusform>
            <numerusform>Fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>You sign as</source>
        <translation>Sie signieren als</translation>
    </message>
    <message>
        <source>Request #%1: %2 %3</source>
        <translation>Antrag #%1: %2 %3</translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation>Antrag #%1: %2</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Request #%1 expires unless decided: the submitter must then submit it again.</source>
        <translation>Antrag #%1 läuft ab, wenn nicht rechtzeitig entschieden wird; dann muss der Antragsteller ihn erneut einreichen.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periodic reviews: Tier 1 every 3 months, Tier 2 every 12 months, Tier 3 every 24 months; Tier 4 (experimental) models have no periodic review. The last review is the last approval signed for the version in production.</source>
        <translation>Regelprüfungen: Risikostufe 1 alle 3 Monate, Risikostufe 2 alle 12 Monate, Risikostufe 3 alle 24 Monate; Modelle der Risikostufe 4 (experimentell) haben keine Regelprüfung. Als letzte Prüfung gilt die letzte Freigabe, die für die Version in Produktion signiert wurde.</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Begonnen von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>%1
Archive: %2</source>
        <translation>%1
Archiv: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ImportDialog</name>
    <message>
        <source>Import Evidence</source>
        <translation>Nachweise importieren</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Read the source and list what it would change</source>
        <translation>Die Quelle lesen und auflisten, was sich ändern würde</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No database is open: open one to import into.</source>
        <translation>Keine Datenbank geöffnet: Öffnen Sie eine, um in sie zu importieren.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was imported.</source>
        <translation>Abgebrochen — es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported. Preview again once the problem is solved.</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts importiert. Erstellen Sie erneut eine Vorschau, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Nothing to preview: the source could not be imported.</source>
        <translation>Keine Vorschau möglich: Die Quelle konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Ohne Import schließen</translation>
    </message>
    <message>
        <source>Stop; nothing is imported (Esc)</source>
        <translation>Abbrechen; es wird nichts importiert (Esc)</translation>
    </message>
    <message>
        <source>Imports as %1.</source>
        <translation>Importiert als %1.</translation>
    </message>
    <message>
        <source>Imports as %1; choose a signing identity in Settings to import as yourself.</source>
        <translation>Importiert als %1; wählen Sie in den Einstellungen eine Signaturidentität, um unter Ihrem eigenen Namen zu importieren.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ImportJob</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>der Import wurde abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>Abgleich mit der Datenbank…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>%1 von %2 wird importiert…</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ImportPreviewModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ImportResultPanel</name>
    <message>
        <source>Changes the import makes</source>
        <translation>Änderungen durch den Import</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Importmeldung</translation>
    </message>
    <message>
        <source>Choose what to import, then Preview to see what would change.</source>
        <translation>Wählen Sie aus, was importiert werden soll, und klicken Sie dann auf Vorschau, um zu sehen, was sich ändern würde.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ImportSourceForm</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model Card Toolkit JSON (*.json)</source>
        <translation>Model-Card-Toolkit-JSON (*.json)</translation>
    </message>
    <message>
        <source>Hugging Face model cards (README.md *.md)</source>
        <translation>Hugging-Face-Modellkarten (README.md *.md)</translation>
    </message>
    <message>
        <source>Evidently reports (*.json)</source>
        <translation>Evidently-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Evaluation files (*.json *.csv)</source>
        <translation>Evaluierungsdateien (*.json *.csv)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Source file or folder</source>
        <translation>Quelldatei oder -ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the source</source>
        <translation>Nach der Quelle suchen</translation>
    </message>
    <message>
        <source>Import files over the si&amp;ze limit</source>
        <translation>Dateien über der &amp;Größengrenze importieren</translation>
    </message>
    <message>
        <source>Reads JSON, Markdown and CSV files over 32 MiB and YAML over 1 MiB, which are refused otherwise</source>
        <translation>Liest auch JSON-, Markdown- und CSV-Dateien über 32 MiB und YAML über 1 MiB, die sonst abgelehnt werden</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Choose an MLflow Store (mlruns)</source>
        <translation>Einen MLflow-Speicher wählen (mlruns)</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>The store&apos;s folder: …/mlruns</source>
        <translation>Der Ordner des Speichers: …/mlruns</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ImportTargetForm</name>
    <message>
        <source>&amp;Registered models in the store</source>
        <translation>&amp;Registrierte Modelle im Speicher</translation>
    </message>
    <message>
        <source>One r&amp;un as a version</source>
        <translation>Ein R&amp;un als Version</translation>
    </message>
    <message>
        <source>Use the report&apos;s dat&amp;e</source>
        <translation>Datum des &amp;Berichts verwenden</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Beginn des Zeitfensters</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Ende des Zeitfensters</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>All experiments (name or id)</source>
        <translation>Alle Experimente (Name oder ID)</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>The experiment&apos;s only run</source>
        <translation>Der einzige Run des Experiments</translation>
    </message>
    <message>
        <source>Owner of new models</source>
        <translation>Verantwortlicher für neue Modelle</translation>
    </message>
    <message>
        <source>Tier of new models</source>
        <translation>Risikostufe neuer Modelle</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importieren:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <source>E&amp;xperiment:</source>
        <translation>E&amp;xperiment:</translation>
    </message>
    <message>
        <source>Run i&amp;d:</source>
        <translation>Ru&amp;n-ID:</translation>
    </message>
    <message>
        <source>O&amp;wner of new models:</source>
        <translation>Verant&amp;wortlicher für neue Modelle:</translation>
    </message>
    <message>
        <source>&amp;Tier of new models:</source>
        <translation>Risikos&amp;tufe neuer Modelle:</translation>
    </message>
    <message>
        <source>Data &amp;window:</source>
        <translation>&amp;Zeitfenster der Daten:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::InboxArea</name>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Entscheiden…</translation>
    </message>
    <message>
        <source>Sign a decision on the selected request (Ctrl+Return)</source>
        <translation>Eine Entscheidung über den gewählten Antrag signieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden…</translation>
    </message>
    <message>
        <source>Choose the key file you sign with (Settings → Signing identity) to see the requests awaiting your decision.</source>
        <translation>Wählen Sie die Schlüsseldatei, mit der Sie signieren (Einstellungen → Signaturidentität), um die Anträge zu sehen, die auf Ihre Entscheidung warten.</translation>
    </message>
    <message>
        <source>Your signing certificate is not registered in this database, so nothing here awaits you. Settings says how to register it.</source>
        <translation>Ihr Signaturzertifikat ist in dieser Datenbank nicht registriert, daher wartet hier nichts auf Sie. In den Einstellungen steht, wie Sie es registrieren.</translation>
    </message>
    <message>
        <source>Nothing awaits your decision. Requests you may decide appear here as soon as they are submitted.</source>
        <translation>Nichts wartet auf Ihre Entscheidung. Anträge, über die Sie entscheiden dürfen, erscheinen hier, sobald sie eingereicht sind.</translation>
    </message>
    <message>
        <source>Requests awaiting %1</source>
        <translation>Anträge, die auf %1 warten</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Antrag</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anträge</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::InboxSnapshot</name>
    <message>
        <source>person #%1</source>
        <translation>Person #%1</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::InventoryArea</name>
    <message>
        <source>Find Models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Search models, owners, teams…</source>
        <translation>Modelle, Verantwortliche, Teams suchen…</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Das Inventar durchsuchen</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>%1 of 1 model</source>
        <translation>%1 von 1 Modell</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 von %2 Modellen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::KpiTiles</name>
    <message>
        <source>Time to deployment</source>
        <translation>Zeit bis zum Deployment</translation>
    </message>
    <message>
        <source>Median days from a version&apos;s registration to the approval of its release to production, over the releases approved in the period.</source>
        <translation>Median der Tage von der Registrierung einer Version bis zur Freigabe für die Produktion, über alle im Zeitraum freigegebenen Releases.</translation>
    </message>
    <message>
        <source>Retrains</source>
        <translation>Neutrainings</translation>
    </message>
    <message>
        <source>Versions registered in the period whose parent version has been in production.</source>
        <translation>Im Zeitraum registrierte Versionen, deren Vorgängerversion in Produktion war.</translation>
    </message>
    <message>
        <source>Drift incidents</source>
        <translation>Drift-Vorfälle</translation>
    </message>
    <message>
        <source>Episodes of drift per version and feature that began in the period; consecutive drift windows count once.</source>
        <translation>Drift-Episoden je Version und Feature, die im Zeitraum begonnen haben; aufeinanderfolgende Drift-Zeitfenster zählen einmal.</translation>
    </message>
    <message>
        <source>Compliance incidents</source>
        <translation>Compliance-Vorfälle</translation>
    </message>
    <message>
        <source>Requests rejected or expired and waivers granted in the period. Failed audit-trail verifications are not stored, so they are not counted.</source>
        <translation>Im Zeitraum abgelehnte oder abgelaufene Anträge und gewährte Ausnahmen. Fehlgeschlagene Verifizierungen des Prüfpfads werden nicht gespeichert und daher nicht gezählt.</translation>
    </message>
    <message>
        <source>%1: %2 %3. %4</source>
        <translation>%1: %2 %3. %4</translation>
    </message>
    <message>
        <source>days (median)</source>
        <translation>Tage (Median)</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) · %1</source>
        <translation>
            <numerusform>%n Deployment · %1</numerusform>
            <numerusform>%n Deployments · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No deployment · %1</source>
        <translation>Kein Deployment · %1</translation>
    </message>
    <message>
        <source>%1 rejected · %2 waived · %3 expired · %4</source>
        <translation>%1 abgelehnt · %2 mit Ausnahme · %3 abgelaufen · %4</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::LineageNodeItem</name>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::LineageTab</name>
    <message>
        <source>Details of the selected box</source>
        <translation>Details des ausgewählten Elements</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Lineage tools</source>
        <translation>Werkzeuge für die Herkunft</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading the lineage…</source>
        <translation>Die Herkunft wird gelesen…</translation>
    </message>
    <message>
        <source>No datasets or deployments are recorded for this model.</source>
        <translation>Für dieses Modell sind keine Datensätze oder Deployments erfasst.</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>Herkunft von %1</translation>
    </message>
    <message>
        <source>Export Lineage as SVG</source>
        <translation>Herkunft als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Lineage as PNG</source>
        <translation>Herkunft als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::LineageText</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>yes (PII)</source>
        <translation>ja (PII)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Code commit</source>
        <translation>Code-Commit</translation>
    </message>
    <message>
        <source>Deployment target</source>
        <translation>Bereitstellungsziel</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>live: a version here is in production</source>
        <translation>aktiv: Hier ist eine Version in Produktion</translation>
    </message>
    <message>
        <source>past: no version here is in production</source>
        <translation>ehemalig: Hier ist keine Version in Produktion</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>drift reference</source>
        <translation>Drift-Referenz</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Deployment not recorded</source>
        <translation>Bereitstellung nicht erfasst</translation>
    </message>
    <message>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 Zeilen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>past</source>
        <translation>ehemalig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dataset %1 %2, contains personal data, %3 rows</source>
        <translation>Datensatz %1 %2, enthält personenbezogene Daten, %3 Zeilen</translation>
    </message>
    <message>
        <source>Dataset %1 %2, %3 rows</source>
        <translation>Datensatz %1 %2, %3 Zeilen</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>Deployment %1, %2</source>
        <translation>Bereitstellung %1, %2</translation>
    </message>
    <message>
        <source>Select a box to see its details. Tab and the arrow keys move between boxes.</source>
        <translation>Wählen Sie einen Kasten aus, um seine Details zu sehen. Mit der Tabulatortaste und den Pfeiltasten wechseln Sie zwischen den Kästen.</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Stammt aus</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fließt in</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::LineageView</name>
    <message>
        <source>Lineage graph</source>
        <translation>Herkunftsgraph</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::MainWindow</name>
    <message>
        <source>About Quorum</source>
        <translation>Über Quorum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;A workbench for AI-model governance: the inventory of your models, the evidence about them and signed decisions on their releases.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die Governance von KI-Modellen: das Inventar Ihrer Modelle, die Nachweise zu ihnen und signierte Entscheidungen über ihre Freigaben.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Lizenziert unter der GNU General Public License, Version 3 oder höher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>%1 — Quorum</source>
        <translation>%1 — Quorum</translation>
    </message>
    <message>
        <source>Could Not Open the Database</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could Not Read the Database</source>
        <translation>Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>That model is not in the database (any more). The inventory shows what is.</source>
        <translation>Dieses Modell ist nicht (mehr) in der Datenbank. Das Inventar zeigt die vorhandenen Modelle.</translation>
    </message>
    <message>
        <source>The database was changed elsewhere; the view shows the changes.</source>
        <translation>Die Datenbank wurde an anderer Stelle geändert; die Ansicht zeigt die Änderungen.</translation>
    </message>
    <message>
        <source>That request is not in your inbox: only the requests your signing identity may decide are listed there.</source>
        <translation>Dieser Antrag ist nicht in Ihrem Posteingang: Dort stehen nur die Anträge, über die Ihre Signaturidentität entscheiden darf.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ModelCardEditor</name>
    <message>
        <source>Edit model card — %1 (from revision %2)</source>
        <translation>Modellkarte bearbeiten — %1 (ausgehend von Revision %2)</translation>
    </message>
    <message>
        <source>New model card — %1</source>
        <translation>Neue Modellkarte — %1</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>Revision &amp;speichern</translation>
    </message>
    <message>
        <source>Save the card as a new revision (%1)</source>
        <translation>Die Karte als neue Revision speichern (%1)</translation>
    </message>
    <message>
        <source>Model card JSON</source>
        <translation>Modellkarten-JSON</translation>
    </message>
    <message>
        <source>The JSON is not a valid model card: %1</source>
        <translation>Das JSON ist keine gültige Modellkarte: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The model card has changes that are not saved. Close the editor and discard them?</source>
        <translation>Die Modellkarte hat nicht gespeicherte Änderungen. Den Editor schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Nothing changed: the card is the same as the revision you started from.</source>
        <translation>Nichts geändert: Die Karte entspricht der Revision, von der Sie ausgegangen sind.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ModelCardForm</name>
    <message>
        <source>One per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Version name</source>
        <translation>&amp;Versionsname</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>An SPDX identifier such as Apache-2.0, or proprietary</source>
        <translation>Eine SPDX-Kennung wie Apache-2.0, oder proprietary</translation>
    </message>
    <message>
        <source>Intended &amp;users</source>
        <translation>Vorgesehene &amp;Nutzer</translation>
    </message>
    <message>
        <source>Use &amp;cases</source>
        <translation>&amp;Anwendungsfälle</translation>
    </message>
    <message>
        <source>Li&amp;mitations</source>
        <translation>&amp;Einschränkungen</translation>
    </message>
    <message>
        <source>&amp;Trade-offs</source>
        <translation>&amp;Zielkonflikte</translation>
    </message>
    <message>
        <source>&amp;Ethical considerations:</source>
        <translation>E&amp;thische Überlegungen:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Ethical considerations</source>
        <translation>Ethische Überlegungen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an ethical consideration</source>
        <translation>Eine ethische Überlegung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected ethical consideration</source>
        <translation>Die gewählte ethische Überlegung entfernen</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ModelCardTab</name>
    <message>
        <source>Model card revisions</source>
        <translation>Modellkarten-Revisionen</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Compare revisions…</source>
        <translation>Revisionen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Edit the model card</source>
        <translation>Modellkarte bearbeiten</translation>
    </message>
    <message>
        <source>Compare two revisions of the model card</source>
        <translation>Zwei Revisionen der Modellkarte vergleichen</translation>
    </message>
    <message>
        <source>This model has no versions yet, so it has no model card.</source>
        <translation>Dieses Modell hat noch keine Versionen und daher keine Modellkarte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the model card…</source>
        <translation>Die Modellkarte wird gelesen…</translation>
    </message>
    <message>
        <source>The model card could not be read.</source>
        <translation>Die Modellkarte konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This version has no model card yet.</source>
        <translation>Diese Version hat noch keine Modellkarte.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Choose a version whose card to edit.</source>
        <translation>Wählen Sie die Version, deren Karte Sie bearbeiten möchten.</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner edits its card: choose your signing identity in Settings.</source>
        <translation>Nur der Modellverantwortliche bearbeitet die Karte: Wählen Sie Ihre Signaturidentität in den Einstellungen.</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner edits its card, and your certificate is not registered to anyone in this database.</source>
        <translation>Nur der Modellverantwortliche bearbeitet die Karte, und Ihr Zertifikat ist in dieser Datenbank niemandem zugeordnet.</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner, %1, edits the card of %2; %3 does not own it.</source>
        <translation>Nur der Modellverantwortliche, %1, bearbeitet die Karte von %2; %3 ist nicht verantwortlich.</translation>
    </message>
    <message>
        <source>Edit the model card; every save is a new revision</source>
        <translation>Modellkarte bearbeiten; jedes Speichern erzeugt eine neue Revision</translation>
    </message>
    <message>
        <source>Compare two revisions side by side</source>
        <translation>Zwei Revisionen nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Comparing needs two revisions of this version&apos;s card.</source>
        <translation>Für einen Vergleich braucht die Karte dieser Version zwei Revisionen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ModelDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Zurück (Alt+Links oder Esc)</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Start &amp;Retirement…</source>
        <translation>&amp;Außerbetriebnahme beginnen…</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>No model is shown.</source>
        <translation>Es wird kein Modell angezeigt.</translation>
    </message>
    <message>
        <source>%1 is retired already.</source>
        <translation>%1 ist bereits außer Betrieb genommen.</translation>
    </message>
    <message>
        <source>The retirement of %1 is under way already.</source>
        <translation>Die Außerbetriebnahme von %1 läuft bereits.</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner starts its retirement: choose your signing identity in Settings first.</source>
        <translation>Nur der Modellverantwortliche kann die Außerbetriebnahme beginnen: Wählen Sie zuerst Ihre Signaturidentität in den Einstellungen.</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner starts its retirement, and your certificate is not registered in this database (see Settings).</source>
        <translation>Nur der Modellverantwortliche kann die Außerbetriebnahme beginnen, und Ihr Zertifikat ist in dieser Datenbank nicht registriert (siehe Einstellungen).</translation>
    </message>
    <message>
        <source>Only the model&apos;s owner starts its retirement; %1 does not own %2.</source>
        <translation>Nur der Modellverantwortliche kann die Außerbetriebnahme beginnen; %1 ist nicht verantwortlich für %2.</translation>
    </message>
    <message>
        <source>Ask the approvers to retire a version of this model</source>
        <translation>Die Freigabeberechtigten bitten, eine Version dieses Modells außer Betrieb zu nehmen</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ModelOverviewTab</name>
    <message>
        <source>Open requests</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Vorgesehener Einsatz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Regulatory context</source>
        <translation>Regulatorischer Kontext</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Open requests of this model</source>
        <translation>Offene Anträge dieses Modells</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a request in the inbox</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um einen Antrag im Posteingang zu öffnen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>No release request of this model waits for a decision.</source>
        <translation>Kein Freigabeantrag dieses Modells wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No version in production</source>
        <translation>Keine Version in Produktion</translation>
    </message>
    <message>
        <source>No approval is recorded for this version</source>
        <translation>Für diese Version ist keine Freigabe erfasst</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ModelPageTabs</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation>Versionen (%1)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::NavigationSidebar</name>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::PackVerifyPanel</name>
    <message>
        <source>&amp;Verify Pack…</source>
        <translation>Paket &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check an audit pack&apos;s manifest, signatures and audit events, without the database</source>
        <translation>Manifest, Signaturen und Audit-Ereignisse eines Audit-Pakets prüfen, ohne die Datenbank</translation>
    </message>
    <message>
        <source>Files that fail verification</source>
        <translation>Dateien, deren Prüfung fehlschlägt</translation>
    </message>
    <message>
        <source>Choose an audit pack (.zip) to check that every file in it is as exported and signed.</source>
        <translation>Wählen Sie ein Audit-Paket (.zip), um zu prüfen, ob jede Datei darin so ist, wie sie exportiert und signiert wurde.</translation>
    </message>
    <message>
        <source>Verify an Audit Pack</source>
        <translation>Ein Audit-Paket prüfen</translation>
    </message>
    <message>
        <source>Audit packs (*.zip)</source>
        <translation>Audit-Pakete (*.zip)</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>✓ Pack verified: %1 files, %2 signatures</source>
        <translation>✓ Paket geprüft: %1 Dateien, %2 Signaturen</translation>
    </message>
    <message>
        <source>✗ The pack does not verify: 1 problem</source>
        <translation>✗ Die Prüfung des Pakets schlägt fehl: 1 Problem</translation>
    </message>
    <message>
        <source>✗ The pack does not verify: %1 problems</source>
        <translation>✗ Die Prüfung des Pakets schlägt fehl: %1 Probleme</translation>
    </message>
    <message>
        <source>Scope: %1 · exported by %2 at %3 · %4 audit events checked</source>
        <translation>Umfang: %1 · exportiert von %2 am %3 · %4 Audit-Ereignisse geprüft</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::PreviewPage</name>
    <message>
        <source>This chart appears in the exported file.</source>
        <translation>Dieses Diagramm erscheint in der exportierten Datei.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::RecentDatabasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ReportExporter</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>No database is open: open one to export its reports.</source>
        <translation>Keine Datenbank geöffnet: Öffnen Sie eine, um ihre Berichte zu exportieren.</translation>
    </message>
    <message>
        <source>%1 Type it again.</source>
        <translation>%1 Geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ReportJob</name>
    <message>
        <source>The report could not be made. Try again; if it persists, report the details.</source>
        <translation>Der Bericht konnte nicht erstellt werden. Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie die Details.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ReportScopeForm</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What the audit pack covers</source>
        <translation>Umfang des Audit-Pakets</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>Das ganze Modell</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>Die gewählte Version</translation>
    </message>
    <message>
        <source>A period</source>
        <translation>Ein Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ReportsArea</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Build the report again and show it (Ctrl+P)</source>
        <translation>Den Bericht neu erstellen und anzeigen (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E)</source>
        <translation>Den Bericht in eine Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Verify Pack…</source>
        <translation>Paket &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check an audit pack offline (Ctrl+Shift+V)</source>
        <translation>Ein Audit-Paket offline prüfen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Scope and format</source>
        <translation>Umfang und Format</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Verify a Pack</source>
        <translation>Ein Paket prüfen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Verify Pack…</source>
        <translation>Paket prüfen…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could Not Export the Report</source>
        <translation>Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Reading the models…</source>
        <translation>Die Modelle werden gelesen…</translation>
    </message>
    <message>
        <source>The database has no models yet.</source>
        <translation>Die Datenbank enthält noch keine Modelle.</translation>
    </message>
    <message>
        <source>The models could not be read.</source>
        <translation>Die Modelle konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>the person exporting</source>
        <translation>die exportierende Person</translation>
    </message>
    <message>
        <source>Building the %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Building the %1 of %2…</source>
        <translation>%1 für %2 wird erstellt…</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Keine Vorschau.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::RequestTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::RetirementDialog</name>
    <message>
        <source>Start Retirement of %1</source>
        <translation>Außerbetriebnahme von %1 beginnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why the model is retired (required)</source>
        <translation>Warum das Modell außer Betrieb genommen wird (erforderlich)</translation>
    </message>
    <message>
        <source>No replacement</source>
        <translation>Kein Nachfolger</translation>
    </message>
    <message>
        <source>e.g. s3://model-archive/%1/</source>
        <translation>z. B. s3://model-archive/%1/</translation>
    </message>
    <message>
        <source>A retirement is a release request to the Retired stage. The model becomes Retiring until the approvers its policy names decide; %1 starts it as the model&apos;s owner.</source>
        <translation>Eine Außerbetriebnahme ist ein Freigabeantrag für die Phase „Außer Betrieb“. Bis die in der Richtlinie genannten Freigebenden entscheiden, befindet sich das Modell in Außerbetriebnahme; %1 leitet sie als Modellverantwortlicher ein.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>R&amp;eplacement:</source>
        <translation>&amp;Nachfolger:</translation>
    </message>
    <message>
        <source>&amp;Archive location:</source>
        <translation>&amp;Archivort:</translation>
    </message>
    <message>
        <source>&amp;Start Retirement</source>
        <translation>Außerbetriebnahme &amp;beginnen</translation>
    </message>
    <message>
        <source>Retirement request #%1 is submitted. %2 is now retiring; the request awaits the approvals of its policy in their inboxes.</source>
        <translation>Antrag #%1 auf Außerbetriebnahme ist eingereicht. %2 befindet sich jetzt in Außerbetriebnahme; der Antrag wartet in den Posteingängen der Freigebenden, die seine Richtlinie nennt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::SettingsArea</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 — expired: it can no longer sign</source>
        <translation>%1 — abgelaufen: Damit kann nicht mehr signiert werden</translation>
    </message>
    <message>
        <source>%1 — not valid yet</source>
        <translation>%1 — noch nicht gültig</translation>
    </message>
    <message>
        <source>%1 — valid now</source>
        <translation>%1 — jetzt gültig</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signaturidentität</translation>
    </message>
    <message>
        <source>Quorum signs your decisions with the private key in a PKCS#12 file (.p12). The key never leaves the file: Quorum remembers where the file is and its certificate, never the passphrase, which it asks each time you sign.</source>
        <translation>Quorum signiert Ihre Entscheidungen mit dem privaten Schlüssel in einer PKCS#12-Datei (.p12). Der Schlüssel verlässt die Datei nie: Quorum merkt sich, wo die Datei liegt, und ihr Zertifikat, aber nie die Passphrase; diese wird bei jeder Signatur abgefragt.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>In dieser Datenbank</translation>
    </message>
    <message>
        <source>&amp;Choose Key File…</source>
        <translation>Schlüsseldatei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Stop using this key file (the file itself is left alone)</source>
        <translation>Diese Schlüsseldatei nicht mehr verwenden (die Datei selbst bleibt unverändert)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Choose Your Signing Key</source>
        <translation>Ihren Signaturschlüssel wählen</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Schlüsseldateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Passphrase of %1, to read its certificate (it is not stored):</source>
        <translation>Passphrase von %1, um das Zertifikat zu lesen (sie wird nicht gespeichert):</translation>
    </message>
    <message>
        <source>Open Signing Key</source>
        <translation>Signaturschlüssel öffnen</translation>
    </message>
    <message>
        <source>No key file chosen yet</source>
        <translation>Noch keine Schlüsseldatei gewählt</translation>
    </message>
    <message>
        <source>Choose the key file you sign with to see the requests awaiting you.</source>
        <translation>Wählen Sie die Schlüsseldatei, mit der Sie signieren, um die Anträge zu sehen, die auf Sie warten.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Looking the certificate up…</source>
        <translation>Das Zertifikat wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <translation>%1 &lt;%2&gt; · %3</translation>
    </message>
    <message>
        <source>%1 (inactive: cannot sign)</source>
        <translation>%1 (inaktiv: kann nicht signieren)</translation>
    </message>
    <message>
        <source>This certificate is not registered in this database, so you cannot sign in it. An administrator registers it with:
quorumctl --db &quot;%1&quot; person add --name &quot;%2&quot; --email %3 --role ROLE --cert &quot;%4&quot;</source>
        <translation>Dieses Zertifikat ist in dieser Datenbank nicht registriert, daher können Sie darin nicht signieren. Ein Administrator registriert es mit:
quorumctl --db &quot;%1&quot; person add --name &quot;%2&quot; --email %3 --role ROLE --cert &quot;%4&quot;</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ShortcutsDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Nach Aktion, Taste oder Menü filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 is taken by more than one action: %2</source>
        <translation>%1 ist mehreren Aktionen zugewiesen: %2</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters auflisten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::SignDialog</name>
    <message>
        <source>Sign a Decision</source>
        <translation>Eine Entscheidung signieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3 → %4, request #%5</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3 → %4, Antrag #%5</translation>
    </message>
    <message>
        <source>Approval is blocked: %1</source>
        <translation>Freigabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Choose a verdict…</source>
        <translation>Ein Votum wählen…</translation>
    </message>
    <message>
        <source>Why you decide so (required; it is part of what you sign)</source>
        <translation>Warum Sie so entscheiden (erforderlich; Teil dessen, was Sie signieren)</translation>
    </message>
    <message>
        <source>The conditions of the approval (required)</source>
        <translation>Die Auflagen der Freigabe (erforderlich)</translation>
    </message>
    <message>
        <source>The passphrase of your key file</source>
        <translation>Die Passphrase Ihrer Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Votum:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Auflagen:</translation>
    </message>
    <message>
        <source>&amp;Waiver until:</source>
        <translation>Ausnahme &amp;gültig bis:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>You may only grant a waiver on this request.</source>
        <translation>Für diesen Antrag können Sie nur eine Ausnahme gewähren.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>Sign and record the decision (Ctrl+Return)</source>
        <translation>Die Entscheidung signieren und erfassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Choose a verdict to see what your signature will mean.</source>
        <translation>Wählen Sie ein Votum, um zu sehen, was Ihre Signatur bedeutet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 Type the passphrase again.</source>
        <translation>%1 Geben Sie die Passphrase erneut ein.</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::ThemeController</name>
    <message>
        <source>&amp;Automatic (Follow the System)</source>
        <translation>&amp;Automatisch (wie das System)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::VerificationPanel</name>
    <message>
        <source>Click a problem to show its event</source>
        <translation>Klicken Sie auf ein Problem, um das zugehörige Ereignis anzuzeigen</translation>
    </message>
    <message>
        <source>Verifying the hash chain of the audit trail and every signature…</source>
        <translation>Die Hash-Kette des Prüfpfads und alle Signaturen werden verifiziert…</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>Der Prüfpfad konnte nicht verifiziert werden: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::VersionChooser</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>%1 · Tier %2</source>
        <translation>%1 · Risikostufe %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::VersionsTab</name>
    <message>
        <source>This model has no versions yet. Versions are registered by a pipeline with &apos;quorumctl register&apos; or by an import.</source>
        <translation>Dieses Modell hat noch keine Versionen. Versionen werden von einer Pipeline mit &apos;quorumctl register&apos; oder durch einen Import registriert.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Select one version to compare it with production, or two to compare them with each other.</source>
        <translation>Wählen Sie eine Version, um sie mit der Produktion zu vergleichen, oder zwei, um sie miteinander zu vergleichen.</translation>
    </message>
    <message>
        <source>Select one version to compare it with production, or two versions.</source>
        <translation>Wählen Sie eine Version, um sie mit der Produktion zu vergleichen, oder zwei Versionen.</translation>
    </message>
    <message>
        <source>No version is in production; select two versions to compare them.</source>
        <translation>Keine Version ist in Produktion; wählen Sie zwei Versionen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 is the version in production; select another version, or two.</source>
        <translation>%1 ist die Version in Produktion; wählen Sie eine andere Version oder zwei.</translation>
    </message>
    <message>
        <source>Compare the selected versions (%1)</source>
        <translation>Die gewählten Versionen vergleichen (%1)</translation>
    </message>
</context>
<context>
    <name>Quorum::Ui::WelcomePage</name>
    <message>
        <source>Welcome to Quorum</source>
        <translation>Willkommen bei Quorum</translation>
    </message>
    <message>
        <source>Open a governance database to see your models, their versions and the decisions about them.</source>
        <translation>Öffnen Sie eine Governance-Datenbank, um Ihre Modelle, ihre Versionen und die Entscheidungen über sie zu sehen.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Die Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Explore a realistic inventory of a dozen models across risk tiers and stages. Built on first use.</source>
        <translation>Ein realistisches Inventar von einem Dutzend Modellen aller Risikostufen und Phasen erkunden. Wird beim ersten Mal erstellt.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Eine Datenbank öffnen…</translation>
    </message>
    <message>
        <source>A governance database file (.sqlite) on this computer or on a shared drive.</source>
        <translation>Eine Governance-Datenbankdatei (.sqlite) auf diesem Computer oder einem freigegebenen Laufwerk.</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Eine neue Datenbank anlegen…</translation>
    </message>
    <message>
        <source>An empty governance database with the default policies of each risk tier.</source>
        <translation>Eine leere Governance-Datenbank mit den Standardrichtlinien jeder Risikostufe.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>No recent databases yet. The ones you open will be listed here.</source>
        <translation>Noch keine zuletzt geöffneten Datenbanken. Die Datenbanken, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Quorum::Verdict</name>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Unter Auflagen freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Waiver granted</source>
        <translation>Ausnahme gewährt</translation>
    </message>
</context>
<context>
    <name>Quorum::Verifier</name>
    <message>
        <source>its certificate %1 is not registered in the database</source>
        <translation>das Zertifikat %1 ist nicht in der Datenbank registriert</translation>
    </message>
    <message>
        <source>its certificate belongs to person #%1, not to person #%2</source>
        <translation>das Zertifikat gehört zu Person #%1, nicht zu Person #%2</translation>
    </message>
    <message>
        <source>the signed statement names %1, who is not person #%2</source>
        <translation>die signierte Erklärung nennt %1; das ist nicht Person #%2</translation>
    </message>
    <message>
        <source>the signature does not verify: %1</source>
        <translation>die Signaturprüfung schlägt fehl: %1</translation>
    </message>
    <message>
        <source>the signature cannot be checked: %1</source>
        <translation>die Signatur kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>it names audit event #%1, which the trail no longer has (events were cut from its end)</source>
        <translation>verweist auf Audit-Ereignis #%1, das im Prüfpfad nicht mehr vorhanden ist (am Ende wurden Ereignisse abgeschnitten)</translation>
    </message>
    <message>
        <source>it names audit event #%1 with hash %2, but the trail now has %3 there (the trail was rewritten)</source>
        <translation>verweist auf Audit-Ereignis #%1 mit Hash %2, aber der Prüfpfad enthält dort jetzt %3 (der Prüfpfad wurde umgeschrieben)</translation>
    </message>
    <message>
        <source>its signed statement is damaged: not a canonical Quorum decision statement</source>
        <translation>die signierte Erklärung ist beschädigt: keine kanonische Quorum-Entscheidungserklärung</translation>
    </message>
    <message>
        <source>it was signed for another database (instance %1)</source>
        <translation>wurde für eine andere Datenbank signiert (Instanz %1)</translation>
    </message>
    <message>
        <source>its signature belongs to a decision on request #%1, not #%2 (copied)</source>
        <translation>die Signatur gehört zu einer Entscheidung über Antrag #%1, nicht #%2 (kopiert)</translation>
    </message>
    <message>
        <source>its %1 differs from the signed statement (changed after signing)</source>
        <translation>das Feld „%1“ weicht von der signierten Erklärung ab (nach dem Signieren geändert)</translation>
    </message>
    <message>
        <source>request #%1&apos;s %2 no longer matches what was signed</source>
        <translation>bei Antrag #%1 stimmt „%2“ nicht mehr mit dem Signierten überein</translation>
    </message>
    <message>
        <source>its signed statement is damaged: not a canonical Quorum checkpoint</source>
        <translation>die signierte Erklärung ist beschädigt: kein kanonischer Quorum-Checkpoint</translation>
    </message>
    <message>
        <source>its seq, hash, certificate or time differs from the signed statement</source>
        <translation>Sequenznummer, Hash, Zertifikat oder Zeitpunkt weichen von der signierten Erklärung ab</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Votum</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>decision mode</source>
        <translation>Entscheidungsmodus</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>waiver expiry</source>
        <translation>Ablauf der Ausnahme</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>content (its version, stages, submitter, threshold checks or retirement)</source>
        <translation>Inhalt (Version, Phasen, Einreicher, Schwellenwertprüfungen oder Außerbetriebnahme)</translation>
    </message>
    <message>
        <source>version or artifact checksum</source>
        <translation>Version oder Artefakt-Prüfsumme</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>Quorum::VersionListModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no hash</source>
        <translation>kein Hash</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Artifact SHA-256</source>
        <translation>Artefakt-SHA-256</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Abgeleitet von</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
</context>
<context>
    <name>Quorum::Workbench</name>
    <message>
        <source>Open the demo database, building it when missing.</source>
        <translation>Die Demo-Datenbank öffnen; sie wird erstellt, falls sie fehlt.</translation>
    </message>
    <message>
        <source>Once the database is open, show the model &lt;name&gt;.</source>
        <translation>Nach dem Öffnen der Datenbank das Modell &lt;Name&gt; zeigen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign with the PKCS#12 key &lt;file&gt; (and remember it); its passphrase is read from the QUORUM_PASSPHRASE environment variable to read its certificate.</source>
        <translation>Mit dem PKCS#12-Schlüssel &lt;Datei&gt; signieren (und ihn merken); seine Passphrase wird aus der Umgebungsvariable QUORUM_PASSPHRASE gelesen, um das Zertifikat zu lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Once the database is open, show the &lt;area&gt;: home, inbox, inventory, drift, fairness, reports, audit or settings.</source>
        <translation>Nach dem Öffnen der Datenbank den &lt;Bereich&gt; zeigen: home, inbox, inventory, drift, fairness, reports, audit oder settings.</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Once the inbox is read, open the sign dialog for its first request.</source>
        <translation>Nach dem Lesen des Posteingangs den Signaturdialog für den ersten Antrag öffnen.</translation>
    </message>
    <message>
        <source>With --decide, the &lt;verdict&gt; to preselect: approve, approve-with-conditions, reject, request-changes or waiver.</source>
        <translation>Mit --decide das vorzuwählende &lt;Votum&gt;: approve, approve-with-conditions, reject, request-changes oder waiver.</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Votum</translation>
    </message>
    <message>
        <source>Once the database is open, verify its audit trail.</source>
        <translation>Nach dem Öffnen der Datenbank ihren Prüfpfad verifizieren.</translation>
    </message>
    <message>
        <source>Once the database is open, open File → Import… on &lt;source&gt; and preview it.</source>
        <translation>Nach dem Öffnen der Datenbank Datei → Importieren… für &lt;Quelle&gt; öffnen und eine Vorschau zeigen.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>With --import, the &lt;kind&gt; of source: mlflow, model-card, hf-card, evidently or evaluation (the default).</source>
        <translation>Mit --import die &lt;Art&gt; der Quelle: mlflow, model-card, hf-card, evidently oder evaluation (Standard).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>With --import, the version the evidence is for, as &lt;model@version&gt;.</source>
        <translation>Mit --import die Version, zu der die Nachweise gehören, als &lt;model@version&gt;.</translation>
    </message>
    <message>
        <source>model@version</source>
        <translation>model@version</translation>
    </message>
    <message>
        <source>--identity needs the key file&apos;s passphrase in the QUORUM_PASSPHRASE environment variable.</source>
        <translation>--identity benötigt die Passphrase der Schlüsseldatei in der Umgebungsvariable QUORUM_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Unknown kind of import &apos;%1&apos;.</source>
        <translation>Unbekannte Importart &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--import-target takes model@version, not &apos;%1&apos;.</source>
        <translation>--import-target erwartet model@version, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown verdict &apos;%1&apos;.</source>
        <translation>Unbekanntes Votum &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown area &apos;%1&apos;.</source>
        <translation>Unbekannter Bereich &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Quorum, the AI-model governance workbench.</source>
        <translation>Quorum, die Werkbank für die Governance von KI-Modellen.</translation>
    </message>
    <message>
        <source>The governance database (.sqlite) to open.</source>
        <translation>Die zu öffnende Governance-Datenbank (.sqlite).</translation>
    </message>
    <message>
        <source>With --show-model, the &lt;tab&gt; to show: overview, versions, model-card, evaluation, fairness, drift, approvals, lineage or audit.</source>
        <translation>Mit --show-model der anzuzeigende &lt;Reiter&gt;: overview, versions, model-card, evaluation, fairness, drift, approvals, lineage oder audit.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <source>With --show-model, compare the model&apos;s newest version with the version in production.</source>
        <translation>Mit --show-model die neueste Version des Modells mit der Version in Produktion vergleichen.</translation>
    </message>
    <message>
        <source>Use the &lt;theme&gt;: auto, light or dark (and remember it).</source>
        <translation>Das &lt;Farbschema&gt; verwenden: auto, light oder dark (und merken).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Unknown tab &apos;%1&apos;.</source>
        <translation>Unbekannter Reiter „%1“.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;.</source>
        <translation>Unbekanntes Farbschema „%1“.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>give the scope either as --model M [--version V] or as --from DATE --to DATE.</source>
        <translation>geben Sie den Umfang entweder als --model M [--version V] oder als --from DATE --to DATE an.</translation>
    </message>
    <message>
        <source>--version goes with --model, not with a period.</source>
        <translation>--version gehört zu --model, nicht zu einem Zeitraum.</translation>
    </message>
    <message>
        <source>the period ends (--to %1) before it starts (--from %2).</source>
        <translation>der Zeitraum endet (--to %1), bevor er beginnt (--from %2).</translation>
    </message>
</context>
</TS>
