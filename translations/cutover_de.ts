<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Baselines</name>
    <message>
        <source>a baseline needs a name</source>
        <translation>ein Basisplan braucht einen Namen</translation>
    </message>
    <message>
        <source>the plan already has a baseline named &quot;%1&quot;</source>
        <translation>der Plan hat bereits einen Basisplan namens „%1“</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Files imported: %n.</source>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 series with %2 points (%3 gaps).</source>
        <translation>%1 Reihen mit %2 Punkten (%3 Lücken).</translation>
    </message>
    <message>
        <source>Times written without a UTC offset were read in %1.</source>
        <translation>Zeiten ohne UTC-Versatz wurden in der Zeitzone %1 gelesen.</translation>
    </message>
    <message>
        <source>%1 validation results, %2 failed.</source>
        <translation>%1 Validierungsergebnisse, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChangePlanPropertyCommand</name>
    <message>
        <source>Change plan %1</source>
        <translation>Plan-%1 ändern</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>window start</source>
        <translation>Fensterbeginn</translation>
    </message>
    <message>
        <source>window end</source>
        <translation>Fensterende</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>hypercare duration</source>
        <translation>Hypercare-Dauer</translation>
    </message>
    <message>
        <source>hypercare notes</source>
        <translation>Hypercare-Notizen</translation>
    </message>
</context>
<context>
    <name>ChangeTaskFieldCommand</name>
    <message>
        <source>Change %1 of &quot;%2&quot;</source>
        <translation>%1 von „%2“ ändern</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>unknown image type &quot;%1&quot; (expected a file name ending in .png or .svg)</source>
        <translation>unbekannter Bildtyp „%1“ (erwartet einen Dateinamen mit der Endung .png oder .svg)</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (expected %3 to %4 pixels per side)</source>
        <translation>Bildgröße %1×%2 liegt außerhalb des zulässigen Bereichs (erwartet %3 bis %4 Pixel pro Seite)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write PNG: %1</source>
        <translation>PNG kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Chart exported by Cutover Planner</source>
        <translation>Diagramm, exportiert von Cutover Planner</translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation>die SVG-Ausgabe kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>Der Plan hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>(cont.) %1</source>
        <translation>(Forts.) %1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3 · %4 – %5%6</source>
        <translation>Zeilen %1–%2 von %3 · %4 – %5%6</translation>
    </message>
    <message>
        <source> · part %1 of %2 across</source>
        <translation> · Teil %1 von %2 nebeneinander</translation>
    </message>
    <message>
        <source>No monitoring data has been imported. Import the rehearsal&apos;s lag and validation exports to show them here.</source>
        <translation>Es wurden keine Monitoring-Daten importiert. Importieren Sie die Verzögerungs- und Validierungsexporte der Generalprobe, um sie hier zu zeigen.</translation>
    </message>
    <message>
        <source>Rollback criteria on the imported data</source>
        <translation>Rollback-Kriterien auf den importierten Daten</translation>
    </message>
    <message>
        <source>Data validation</source>
        <translation>Datenvalidierung</translation>
    </message>
    <message>
        <source>No validation results have been imported.</source>
        <translation>Es wurden keine Validierungsergebnisse importiert.</translation>
    </message>
    <message>
        <source>Objects compared</source>
        <translation>Verglichene Objekte</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>%1: %2 passed, %3 failed, %4 unknown</source>
        <translation>%1: %2 bestanden, %3 fehlgeschlagen, %4 unbekannt</translation>
    </message>
    <message>
        <source>Failing objects</source>
        <translation>Fehlgeschlagene Objekte</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>|Difference|</source>
        <translation>|Differenz|</translation>
    </message>
    <message>
        <source>The plan has no tasks to simulate.</source>
        <translation>Der Plan hat keine Aufgaben zum Simulieren.</translation>
    </message>
    <message>
        <source>Every task&apos;s duration was drawn %1 times from its best / likely / worst estimate (seed %2).</source>
        <translation>Die Dauer jeder Aufgabe wurde %1-mal aus ihrer besten / wahrscheinlichen / schlechtesten Schätzung gezogen (Startwert %2).</translation>
    </message>
    <message>
        <source>The downtime was at most %1 in half of the runs, at most %2 in 80 % of them and at most %3 in 95 %; the plan&apos;s likely durations give %4.</source>
        <translation>Die Ausfallzeit betrug in der Hälfte der Läufe höchstens %1, in 80 % höchstens %2 und in 95 % höchstens %3; mit den wahrscheinlichen Dauern des Plans: %4.</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>The write freeze and the traffic switch fell inside the maintenance window in %1 of the runs.</source>
        <translation>Schreibsperre und Verkehrsumschaltung lagen in %1 der Läufe innerhalb des Wartungsfensters.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>The tasks that move the %1 most are %2: figures are the mean %1 when the task ran at its fastest versus slowest tenth.</source>
        <translation>Die Aufgaben, die %1 am stärksten bewegen, sind %2; die Zahlen sind der Mittelwert für %1, wenn die Aufgabe in ihrem schnellsten bzw. langsamsten Zehntel lag.</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>downtime</source>
        <translation>die Ausfallzeit</translation>
    </message>
    <message>
        <source> The chart shows %1 of them (%2).</source>
        <translation> Das Diagramm zeigt %1 davon (%2).</translation>
    </message>
    <message>
        <source>%1 series with %2 points imported.%3 Thresholds of the rollback criteria are drawn as thin lines with ticks on the breaching side and their rule written on them; hatched stretches are breaches that lasted long enough to count.</source>
        <translation>%1 Reihen mit %2 Punkten importiert.%3 Die Schwellwerte der Rollback-Kriterien sind dünne Linien mit Strichen auf der verletzenden Seite und ihrer Regel als Beschriftung; schraffierte Abschnitte sind Verletzungen, die lange genug anhielten, um zu zählen.</translation>
    </message>
    <message>
        <source>Timeline figures %1.</source>
        <translation>Kennzahlen der Zeitachse %1.</translation>
    </message>
    <message>
        <source>The plan is not simulated: %1.</source>
        <translation>Der Plan ist nicht simuliert: %1.</translation>
    </message>
</context>
<context>
    <name>CompiledGraph</name>
    <message>
        <source>a task needs an id</source>
        <translation>eine Aufgabe braucht eine ID</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>doppelte Aufgaben-ID „%1“</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; has a &quot;not before&quot; time but the plan has no valid start</source>
        <translation>Aufgabe „%1“ hat eine „Nicht vor“-Zeit, aber der Plan hat keinen gültigen Start</translation>
    </message>
    <message>
        <source>unknown predecessor &quot;%1&quot; of task &quot;%2&quot;</source>
        <translation>unbekannter Vorgänger „%1“ der Aufgabe „%2“</translation>
    </message>
    <message>
        <source>(entangled with it: %1)</source>
        <translation>(damit verflochten: %1)</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more cycle(s)</source>
        <translation>
            <numerusform>%n weiterer Zyklus</numerusform>
            <numerusform>%n weitere Zyklen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaBoardRenderer</name>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>✖ BREACHED at %1</source>
        <translation>✖ VERLETZT um %1</translation>
    </message>
    <message>
        <source>✖ BREACHED</source>
        <translation>✖ VERLETZT</translation>
    </message>
    <message>
        <source>? no data</source>
        <translation>? keine Daten</translation>
    </message>
    <message>
        <source>✖ YES (it occurred)</source>
        <translation>✖ JA (eingetreten)</translation>
    </message>
    <message>
        <source>✔ NO (did not occur)</source>
        <translation>✔ NEIN (nicht eingetreten)</translation>
    </message>
    <message>
        <source>? not answered</source>
        <translation>? nicht beantwortet</translation>
    </message>
    <message>
        <source>Rollback criteria: %1</source>
        <translation>Rollback-Kriterien: %1</translation>
    </message>
    <message>
        <source>No criterion breached</source>
        <translation>Kein Kriterium verletzt</translation>
    </message>
    <message>
        <source>Breached or triggered: %1 of %2</source>
        <translation>Verletzt oder ausgelöst: %1 von %2</translation>
    </message>
    <message>
        <source>The plan has no rollback criteria.</source>
        <translation>Der Plan hat keine Rollback-Kriterien.</translation>
    </message>
    <message>
        <source> · worst %1</source>
        <translation> · schlechtester Wert %1</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>task</source>
        <comment>task kind</comment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>milestone</source>
        <comment>task kind</comment>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>gate</source>
        <comment>task kind</comment>
        <translation>Gate</translation>
    </message>
    <message>
        <source>triangular</source>
        <comment>duration distribution</comment>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>pert</source>
        <comment>duration distribution</comment>
        <translation>PERT</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>duration distribution</comment>
        <translation>fest</translation>
    </message>
    <message>
        <source>not-started</source>
        <comment>task status</comment>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>in-progress</source>
        <comment>task status</comment>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <comment>task status</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>task status</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>task status</comment>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>plan status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in-review</source>
        <comment>plan status</comment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>plan status</comment>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>in-progress</source>
        <comment>plan status</comment>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>plan status</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>rolled-back</source>
        <comment>plan status</comment>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>plan status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>rollback</source>
        <comment>criterion action</comment>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>criterion action</comment>
        <translation>Halt</translation>
    </message>
    <message>
        <source>warn</source>
        <comment>criterion action</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>metric</source>
        <comment>criterion kind</comment>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>validation</source>
        <comment>criterion kind</comment>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>manual</source>
        <comment>criterion kind</comment>
        <translation>manuell</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>manual criterion answer</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>manual criterion answer</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>manual criterion answer</comment>
        <translation>nein</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>gate decision</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>go</source>
        <comment>gate decision</comment>
        <translation>Go</translation>
    </message>
    <message>
        <source>no-go</source>
        <comment>gate decision</comment>
        <translation>No-Go</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>gate decision</comment>
        <translation>Halt</translation>
    </message>
    <message>
        <source>open</source>
        <comment>readiness status</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>in-progress</source>
        <comment>readiness status</comment>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <comment>readiness status</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>waived</source>
        <comment>readiness status</comment>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>validation status</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>validation status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>validation status</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DurationSampler</name>
    <message>
        <source>expected a duration of zero or more minutes, got %1</source>
        <translation>erwartet eine Dauer von null oder mehr Minuten, erhalten: %1</translation>
    </message>
    <message>
        <source>expected 0 ≤ optimistic ≤ likely ≤ pessimistic, got %1, %2, %3</source>
        <translation>erwartet 0 ≤ optimistisch ≤ wahrscheinlich ≤ pessimistisch, erhalten %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a predecessor (expected e.g. &quot;freeze FS+5m&quot;)</source>
        <translation>„%1“ ist als Vorgänger nicht lesbar (erwartet z. B. „freeze FS+5m“)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a lag (expected e.g. 5, 5m, 1h30)</source>
        <translation>„%1“ ist als Versatz nicht lesbar (erwartet z. B. 5, 5m, 1h30)</translation>
    </message>
</context>
<context>
    <name>ExchangeFile</name>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>the rollback plan (%n steps)</source>
        <translation>
            <numerusform>der Rollback-Plan (%n Schritt)</numerusform>
            <numerusform>der Rollback-Plan (%n Schritte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rollback criteria</source>
        <translation>
            <numerusform>%n Rollback-Kriterium</numerusform>
            <numerusform>%n Rollback-Kriterien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate decisions</source>
        <translation>
            <numerusform>%n Gate-Entscheidung</numerusform>
            <numerusform>%n Gate-Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n readiness items</source>
        <translation>
            <numerusform>%n Bereitschaftsprüfung</numerusform>
            <numerusform>%n Bereitschaftsprüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the hypercare plan</source>
        <translation>der Hypercare-Plan</translation>
    </message>
    <message numerus="yes">
        <source>%n imported series</source>
        <translation>
            <numerusform>%n importierte Reihe</numerusform>
            <numerusform>%n importierte Reihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation results</source>
        <translation>
            <numerusform>%n Validierungsergebnis</numerusform>
            <numerusform>%n Validierungsergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the recorded progress of %n tasks</source>
        <translation>
            <numerusform>der erfasste Fortschritt von %n Aufgabe</numerusform>
            <numerusform>der erfasste Fortschritt von %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan status</source>
        <translation>der Planstatus</translation>
    </message>
    <message>
        <source>the plan description</source>
        <translation>die Planbeschreibung</translation>
    </message>
</context>
<context>
    <name>GanttData</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>GanttRenderer</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Go/no-go gate</source>
        <translation>Go/No-Go-Gate</translation>
    </message>
    <message>
        <source>P80 finish</source>
        <translation>P80-Ende</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Write freeze (downtime)</source>
        <translation>Schreibsperre (Ausfallzeit)</translation>
    </message>
    <message>
        <source>Rollback deadline</source>
        <translation>Rollback-Frist</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Rollback-Frist (P80)</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>Finish %1 (%2)</source>
        <translation>Ende %1 (%2)</translation>
    </message>
    <message>
        <source>  ·  downtime %1</source>
        <translation>  ·  Ausfallzeit %1</translation>
    </message>
    <message>
        <source>  ·  times in %1</source>
        <translation>  ·  Zeitzone %1</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Zeitachse: %1</translation>
    </message>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>Der Plan hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>window opens</source>
        <translation>Fenster öffnet</translation>
    </message>
    <message>
        <source>window closes</source>
        <translation>Fenster schließt</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>rollback deadline P80</source>
        <translation>Rollback-Frist P80</translation>
    </message>
    <message>
        <source>write freeze</source>
        <translation>Schreibsperre</translation>
    </message>
    <message>
        <source>traffic switched</source>
        <translation>Verkehr umgeschaltet</translation>
    </message>
    <message>
        <source>rollback deadline (likely)</source>
        <translation>Rollback-Frist (wahrscheinlich)</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Wartungsfenster: %1</translation>
    </message>
    <message>
        <source>Write freeze (planned): %1</source>
        <translation>Schreibsperre (geplant): %1</translation>
    </message>
    <message>
        <source>Go/no-go: %1</source>
        <translation>Go/No-Go: %1</translation>
    </message>
    <message>
        <source>Point of no return: %1</source>
        <translation>Point of no Return: %1</translation>
    </message>
    <message>
        <source>Rollback deadline (likely): %1</source>
        <translation>Rollback-Frist (wahrscheinlich): %1</translation>
    </message>
    <message>
        <source>Rollback deadline (P80): %1</source>
        <translation>Rollback-Frist (P80): %1</translation>
    </message>
    <message>
        <source>the P80 rollback deadline (no simulation)</source>
        <translation>die P80-Rollback-Frist (keine Simulation)</translation>
    </message>
    <message>
        <source>Hypercare: %1</source>
        <translation>Hypercare: %1</translation>
    </message>
    <message>
        <source>Phase starts: %1</source>
        <translation>Phase beginnt: %1</translation>
    </message>
    <message>
        <source>every scheduled event (the plan cannot be scheduled: %1)</source>
        <translation>alle geplanten Termine (der Plan lässt sich nicht terminieren: %1)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>the runbook&apos;s tasks other than gates and the point of no return</source>
        <translation>die Aufgaben des Runbooks außer Gates und dem Point of no Return</translation>
    </message>
</context>
<context>
    <name>InsertTasksCommand</name>
    <message>
        <source>Add task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe hinzufügen</numerusform>
            <numerusform>%n Aufgaben hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LagChartData</name>
    <message>
        <source>write freeze</source>
        <translation>Schreibsperre</translation>
    </message>
    <message>
        <source>traffic switched</source>
        <translation>Verkehr umgeschaltet</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>threshold label on the lag chart: rule · action: criterion, e.g. &quot;&gt; 30 s for 5 min · roll back: Replication lag&quot;</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>rollback deadline (likely)</source>
        <translation>Rollback-Frist (wahrscheinlich)</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <source>expected between 1 and %1 iterations, got %2</source>
        <translation>erwartet zwischen 1 und %1 Läufen, erhalten %2</translation>
    </message>
    <message>
        <source>expected a thread count of 0 (automatic) or more, got %1</source>
        <translation>erwartet eine Threadanzahl von 0 (automatisch) oder mehr, erhalten %1</translation>
    </message>
    <message>
        <source>expected at least 1 histogram bin and 2 S-curve points</source>
        <translation>erwartet mindestens 1 Histogrammklasse und 2 Punkte der S-Kurve</translation>
    </message>
    <message>
        <source>simulation cancelled</source>
        <translation>Simulation abgebrochen</translation>
    </message>
    <message>
        <source>expected between 1 and %1 bins per task for the finish quantiles, got %2</source>
        <translation>erwartet zwischen 1 und %1 Klassen je Aufgabe für die Endquantile, erhalten %2</translation>
    </message>
</context>
<context>
    <name>MoveTaskCommand</name>
    <message>
        <source>Move &quot;%1&quot; up</source>
        <translation>„%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; down</source>
        <translation>„%1“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>MspdiReader</name>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected an integer)</source>
        <translation>„%1“ ist als %2 nicht lesbar (erwartet: eine ganze Zahl)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected a number)</source>
        <translation>„%1“ ist als %2 nicht lesbar (erwartet: eine Zahl)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected 0 or 1)</source>
        <translation>„%1“ ist als %2 nicht lesbar (erwartet: 0 oder 1)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected a time like 2026-12-05T22:00:00)</source>
        <translation>„%1“ ist als %2 nicht lesbar (erwartet: eine Zeit wie 2026-12-05T22:00:00)</translation>
    </message>
    <message>
        <source>%1 %2 is not a duration format (expected 3 to 12, 19 to 21, 35 to 44 or 51 to 53)</source>
        <translation>%1 %2 ist kein Dauerformat (erwartet: 3 bis 12, 19 bis 21, 35 bis 44 oder 51 bis 53)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>cannot read working time &quot;%1&quot;-&quot;%2&quot; (expected FromTime and ToTime like 08:00:00)</source>
        <translation>Arbeitszeit „%1“-„%2“ nicht lesbar (erwartet: FromTime und ToTime wie 08:00:00)</translation>
    </message>
    <message>
        <source>link type %1 is not one of 0 (FF), 1 (FS), 2 (SF), 3 (SS)</source>
        <translation>Verknüpfungstyp %1 ist keiner von 0 (FF), 1 (FS), 2 (SF), 3 (SS)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a Duration (expected PT#H#M#S)</source>
        <translation>„%1“ ist als Duration nicht lesbar (erwartet: PT#H#M#S)</translation>
    </message>
    <message>
        <source>no XML element (expected an MS Project XML &lt;Project&gt;)</source>
        <translation>kein XML-Element (erwartet: ein MS-Project-XML-&lt;Project&gt;)</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt; in namespace &quot;%2&quot; (expected &lt;Project&gt; in &quot;%3&quot;)</source>
        <translation>das Wurzelelement ist &lt;%1&gt; im Namensraum „%2“ (erwartet: &lt;Project&gt; in „%3“)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; times read as UTC</source>
        <translation>unbekannte Zeitzone „%1“; Zeiten als UTC gelesen</translation>
    </message>
    <message>
        <source>MS Project XML has no time zone: times read as UTC (set the plan&apos;s time zone after checking them)</source>
        <translation>MS Project XML hat keine Zeitzone: Zeiten als UTC gelesen (die Zeitzone des Plans nach dem Prüfen setzen)</translation>
    </message>
    <message>
        <source>the project has no StartDate and no task has a Start (expected &lt;StartDate&gt; in &lt;Project&gt;)</source>
        <translation>das Projekt hat kein StartDate und keine Aufgabe einen Start (erwartet: &lt;StartDate&gt; in &lt;Project&gt;)</translation>
    </message>
    <message>
        <source>Standard (MS Project&apos;s default; the file has none)</source>
        <translation>Standard (Vorgabe von MS Project; die Datei hat keinen)</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: %2</source>
        <translation>Aufgabe „%1“: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as the %2 (expected PT#H#M#S)</source>
        <translation>„%1“ ist als %2 nicht lesbar (erwartet: PT#H#M#S)</translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Verteilung „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>unknown mark &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Markierung „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>%1 durations and %2 lags were in working time: converted to elapsed time with the calendar %3, each from its task&apos;s start in the file (a cutover runs around the clock)</source>
        <translation>%1 Dauern und %2 Verzögerungen waren in Arbeitszeit: mit dem Kalender %3 in verstrichene Zeit umgerechnet, jeweils ab dem Start ihrer Aufgabe in der Datei (ein Cutover läuft rund um die Uhr)</translation>
    </message>
    <message>
        <source>%1 percent lags converted to minutes of their predecessor&apos;s duration</source>
        <translation>%1 prozentuale Verzögerungen in Minuten der Dauer ihres Vorgängers umgerechnet</translation>
    </message>
    <message>
        <source>%1 tasks below the second outline level flattened into their phase (the outline path kept in the name)</source>
        <translation>%1 Aufgaben unterhalb der zweiten Gliederungsebene in ihre Phase übernommen (der Gliederungspfad bleibt im Namen)</translation>
    </message>
    <message>
        <source>%1 constraints other than start-no-earlier-than ignored (tasks %2)</source>
        <translation>%1 Einschränkungen außer „Anfang nicht früher als“ ignoriert (Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 deadlines ignored (tasks %2)</source>
        <translation>%1 Stichtage ignoriert (Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 tasks&apos; recorded progress ignored (tasks %2)</source>
        <translation>erfasster Fortschritt von %1 Aufgaben ignoriert (Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 external tasks or subprojects read as ordinary tasks (tasks %2)</source>
        <translation>%1 externe Aufgaben oder Teilprojekte als gewöhnliche Aufgaben gelesen (Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 milestones had a duration, set to 0 (tasks %2)</source>
        <translation>%1 Meilensteine hatten eine Dauer, auf 0 gesetzt (Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 links to summary tasks dropped (phases have no links; tasks %2)</source>
        <translation>%1 Verknüpfungen zu Sammelvorgängen verworfen (Phasen haben keine Verknüpfungen; Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 links to tasks not in the file dropped (tasks %2)</source>
        <translation>%1 Verknüpfungen zu Aufgaben außerhalb der Datei verworfen (Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 links to other projects dropped (tasks %2)</source>
        <translation>%1 Verknüpfungen zu anderen Projekten verworfen (Aufgaben %2)</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is %1 MB, more than an MS Project file of a cutover can be (512 MB)</source>
        <translation>ist %1 MB groß, mehr als eine MS-Project-Datei eines Cutovers sein kann (512 MB)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>task UID %1 appears twice (first at line %2; expected unique UIDs)</source>
        <translation>Aufgaben-UID %1 kommt zweimal vor (zuerst in Zeile %2; erwartet: eindeutige UIDs)</translation>
    </message>
    <message>
        <source>custom field %1 &quot;%2&quot; is the file&apos;s own; ignored</source>
        <translation>benutzerdefiniertes Feld %1 „%2“ gehört der Datei selbst; ignoriert</translation>
    </message>
    <message>
        <source>custom field %1 is not defined in the file; ignored</source>
        <translation>benutzerdefiniertes Feld %1 ist in der Datei nicht definiert; ignoriert</translation>
    </message>
    <message>
        <source>the calendar walks of this file take more than %1 days in all (expected working-time durations of days or weeks, not years)</source>
        <translation>die Kalenderdurchläufe dieser Datei umfassen insgesamt mehr als %1 Tage (erwartet: Arbeitszeit-Dauern von Tagen oder Wochen, nicht Jahren)</translation>
    </message>
    <message>
        <source>with calendar &quot;%1&quot;, %2 minutes of work would end more than 10 years after their start (expected working days in the calendar, or a shorter duration)</source>
        <translation>mit Kalender „%1“ endeten %2 Minuten Arbeit mehr als 10 Jahre nach ihrem Anfang (erwartet: Arbeitstage im Kalender oder eine kürzere Dauer)</translation>
    </message>
    <message>
        <source>%1 tasks with an OutlineLevel of 0 or less read at level 1 (only UID 0 is the project summary task; tasks %2)</source>
        <translation>%1 Aufgaben mit OutlineLevel 0 oder kleiner auf Ebene 1 gelesen (nur UID 0 ist der Projektsammelvorgang; Aufgaben %2)</translation>
    </message>
    <message>
        <source>%1 links without a PredecessorUID dropped (tasks %2)</source>
        <translation>%1 Verknüpfungen ohne PredecessorUID verworfen (Aufgaben %2)</translation>
    </message>
</context>
<context>
    <name>MspdiWriter</name>
    <message numerus="yes">
        <source>%n characters XML cannot hold (control characters in names or notes)</source>
        <translation>
            <numerusform>%n Zeichen, das XML nicht aufnehmen kann (Steuerzeichen in Namen oder Notizen)</numerusform>
            <numerusform>%n Zeichen, die XML nicht aufnehmen kann (Steuerzeichen in Namen oder Notizen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lag precision below a tenth of a minute (%n links, rounded)</source>
        <translation>
            <numerusform>Verzögerungsgenauigkeit unter einer Zehntelminute (%n Verknüpfung, gerundet)</numerusform>
            <numerusform>Verzögerungsgenauigkeit unter einer Zehntelminute (%n Verknüpfungen, gerundet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>optimistic / likely / pessimistic</comment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ଐ min</source>
        <translation>±0 min</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>is a folder, not a Cutover plan</source>
        <translation>ist ein Ordner, kein Cutover-Plan</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty, not a Cutover plan</source>
        <translation>die Datei ist leer, kein Cutover-Plan</translation>
    </message>
    <message>
        <source>the file is truncated (only %1 bytes)</source>
        <translation>die Datei ist abgeschnitten (nur %1 Bytes)</translation>
    </message>
    <message>
        <source>not a Cutover plan (not an SQLite database)</source>
        <translation>kein Cutover-Plan (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>an SQLite database, but not a Cutover plan (application id %1)</source>
        <translation>eine SQLite-Datenbank, aber kein Cutover-Plan (Anwendungs-ID %1)</translation>
    </message>
    <message>
        <source>this plan was written by a newer Cutover Planner (schema %1; this version reads up to %2)</source>
        <translation>dieser Plan wurde von einem neueren Cutover Planner geschrieben (Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>the plan file is incomplete (it has no schema)</source>
        <translation>die Plandatei ist unvollständig (sie hat kein Schema)</translation>
    </message>
    <message>
        <source>the file is truncated (%1 of %2 bytes)</source>
        <translation>die Datei ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>der Plan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot open the plan: %1</source>
        <translation>der Plan kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot make a copy to upgrade schema %1</source>
        <translation>für die Aktualisierung von Schema %1 kann keine Kopie angelegt werden</translation>
    </message>
    <message>
        <source>exists and is not a Cutover plan; it was left unchanged</source>
        <translation>existiert und ist kein Cutover-Plan; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>cannot save: series %1 has %2 times but %3 values</source>
        <translation>Speichern nicht möglich: Reihe %1 hat %2 Zeitpunkte, aber %3 Werte</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot save: the new file could not be flushed to disk</source>
        <translation>Speichern nicht möglich: die neue Datei konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>series %1 has %2 times but %3 values</source>
        <translation>Reihe %1 hat %2 Zeitpunkte, aber %3 Werte</translation>
    </message>
    <message>
        <source>cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot read the plan while %1, left by another program&apos;s interrupted write, lies beside it; opening the plan for writing (import, the desktop) recovers it</source>
        <translation>der Plan kann nicht gelesen werden, solange daneben %1 liegt (zurückgelassen vom unterbrochenen Schreibvorgang eines anderen Programms); beim Öffnen des Plans zum Schreiben (Import, Desktop-Anwendung) wird er wiederhergestellt</translation>
    </message>
    <message>
        <source>is open in %1; close it there (or make the change in the desktop) and try again; the plan was not changed</source>
        <translation>ist anderswo geöffnet (%1); schließen Sie den Plan dort (oder nehmen Sie die Änderung in der Desktop-Anwendung vor) und versuchen Sie es erneut; der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>was changed on disk by another program since it was opened; it was left unchanged</source>
        <translation>wurde seit dem Öffnen von einem anderen Programm auf dem Datenträger geändert; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>already exists; use --force to replace it</source>
        <translation>existiert bereits; zum Ersetzen --force verwenden</translation>
    </message>
    <message>
        <source>cannot save: cannot create a file in %1: %2</source>
        <translation>Speichern nicht möglich: in %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot save: the new file was replaced by another program</source>
        <translation>Speichern nicht möglich: die neue Datei wurde von einem anderen Programm ersetzt</translation>
    </message>
</context>
<context>
    <name>PlanIo</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a plan (expected a .cutover or .json plan)</source>
        <translation>ist ein Ordner, kein Plan (erwartet einen .cutover- oder .json-Plan)</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty, not a plan</source>
        <translation>die Datei ist leer, kein Plan</translation>
    </message>
    <message>
        <source>is an SQLite database but not a Cutover Planner plan</source>
        <translation>ist eine SQLite-Datenbank, aber kein Plan von Cutover Planner</translation>
    </message>
    <message>
        <source>is neither a .cutover plan nor a JSON plan (a JSON plan starts with &apos;{&apos;)</source>
        <translation>ist weder ein .cutover-Plan noch ein JSON-Plan (ein JSON-Plan beginnt mit &apos;{&apos;)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot tell the format from the name; use a .cutover or .json file name</source>
        <translation>das Format ist am Namen nicht erkennbar; verwenden Sie einen Dateinamen mit .cutover oder .json</translation>
    </message>
    <message>
        <source>is a folder, not a file to import</source>
        <translation>ist ein Ordner, keine Datei zum Importieren</translation>
    </message>
    <message>
        <source>is neither a plan nor a file to import (expected a .cutover or JSON plan, MS Project XML, or a .csv/.tsv runbook)</source>
        <translation>ist weder ein Plan noch eine Datei zum Importieren (erwartet: ein .cutover- oder JSON-Plan, MS Project XML oder ein .csv/.tsv-Runbook)</translation>
    </message>
    <message>
        <source>cannot tell the export format from the name; use .xml (MS Project), .csv, .tsv or .ics</source>
        <translation>das Exportformat ist am Namen nicht erkennbar; .xml (MS Project), .csv, .tsv oder .ics verwenden</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;cutover-plan&quot; at the top level</source>
        <translation>erwartet ein JSON-Objekt mit &quot;format&quot;: &quot;cutover-plan&quot; auf oberster Ebene</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <source>missing, expected a string</source>
        <translation>fehlt, erwartet eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>erwartet eine Zeichenkette, erhalten %1</translation>
    </message>
    <message>
        <source>missing, expected %1</source>
        <translation>fehlt, erwartet %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>expected %1 (not negative), got %2</source>
        <translation>erwartet %1 (nicht negativ), erhalten %2</translation>
    </message>
    <message>
        <source>missing, expected an ISO 8601 time with offset such as &quot;2026-12-05T21:00:00+01:00&quot;</source>
        <translation>fehlt, erwartet eine ISO-8601-Zeit mit Offset wie &quot;2026-12-05T21:00:00+01:00&quot;</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with offset such as &quot;2026-12-05T21:00:00+01:00&quot;, got %1</source>
        <translation>erwartet eine ISO-8601-Zeit mit Offset wie &quot;2026-12-05T21:00:00+01:00&quot;, erhalten %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>erwartet einen der Werte %1, erhalten %2</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>erwartet ein Array, erhalten %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>erwartet ein Objekt, erhalten %1</translation>
    </message>
    <message>
        <source>missing, expected &quot;cutover-plan&quot; (is this a Cutover Planner plan?)</source>
        <translation>fehlt, erwartet &quot;cutover-plan&quot; (ist das ein Plan von Cutover Planner?)</translation>
    </message>
    <message>
        <source>expected &quot;cutover-plan&quot;, got %1</source>
        <translation>erwartet &quot;cutover-plan&quot;, erhalten %1</translation>
    </message>
    <message>
        <source>expected a format version number such as %1, got %2</source>
        <translation>erwartet eine Formatversion wie %1, erhalten %2</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (up to %2); update Cutover Planner</source>
        <translation>Formatversion %1 ist neuer, als dieses Programm lesen kann (bis %2); aktualisieren Sie Cutover Planner</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (expected an IANA name such as Europe/Berlin); times are shown with their own offsets</source>
        <translation>unbekannte Zeitzone „%1“ (erwartet einen IANA-Namen wie Europe/Berlin); Zeiten werden mit ihrem eigenen Offset angezeigt</translation>
    </message>
    <message>
        <source>a number of minutes</source>
        <translation>eine Anzahl Minuten</translation>
    </message>
    <message>
        <source>missing, expected { &quot;likely&quot;: minutes } or a number of minutes</source>
        <translation>fehlt, erwartet { &quot;likely&quot;: Minuten } oder eine Anzahl Minuten</translation>
    </message>
    <message>
        <source>expected { &quot;optimistic&quot;, &quot;likely&quot;, &quot;pessimistic&quot; } in minutes, got %1</source>
        <translation>erwartet { &quot;optimistic&quot;, &quot;likely&quot;, &quot;pessimistic&quot; } in Minuten, erhalten %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation>eine Anzahl Stunden</translation>
    </message>
    <message>
        <source>expected UTC milliseconds since 1970 (an integer) or an ISO 8601 time, got %1</source>
        <translation>erwartet UTC-Millisekunden seit 1970 (eine Ganzzahl) oder eine ISO-8601-Zeit, erhalten %1</translation>
    </message>
    <message>
        <source>times must be in ascending order</source>
        <translation>die Zeitpunkte müssen aufsteigend sortiert sein</translation>
    </message>
    <message>
        <source>has %1 values for %2 times; the two arrays must have the same length</source>
        <translation>hat %1 Werte für %2 Zeitpunkte; beide Arrays müssen gleich lang sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>duplicate phase id &quot;%1&quot;</source>
        <translation>doppelte Phasen-ID „%1“</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; cannot wait on itself</source>
        <translation>Aufgabe „%1“ kann nicht auf sich selbst warten</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>unbekannte Aufgabe „%1“</translation>
    </message>
    <message>
        <source>rollback tasks may wait only on rollback tasks; &quot;%1&quot; is a runbook task</source>
        <translation>Rollback-Aufgaben dürfen nur auf Rollback-Aufgaben warten; „%1“ ist eine Runbook-Aufgabe</translation>
    </message>
    <message>
        <source>runbook tasks may not wait on rollback task &quot;%1&quot;</source>
        <translation>Runbook-Aufgaben dürfen nicht auf die Rollback-Aufgabe „%1“ warten</translation>
    </message>
    <message>
        <source>marks belong to runbook tasks, not to the rollback plan</source>
        <translation>Markierungen gehören zu Runbook-Aufgaben, nicht zum Rollback-Plan</translation>
    </message>
    <message>
        <source>mark &quot;%1&quot; is already on task &quot;%2&quot;; each mark may be on one task only</source>
        <translation>die Markierung „%1“ ist bereits an Aufgabe „%2“; jede Markierung darf nur an einer Aufgabe sein</translation>
    </message>
    <message>
        <source>duplicate criterion id &quot;%1&quot;</source>
        <translation>doppelte Kriterien-ID „%1“</translation>
    </message>
    <message>
        <source>duplicate readiness item id &quot;%1&quot;</source>
        <translation>doppelte ID „%1“ einer Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>unknown gate &quot;%1&quot;</source>
        <translation>unbekanntes Gate „%1“</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is not a gate (its kind is &quot;%2&quot;)</source>
        <translation>Aufgabe „%1“ ist kein Gate (ihre Art ist „%2“)</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>doppelte Aufgaben-ID „%1“</translation>
    </message>
    <message>
        <source>expected a number, null (a gap), &quot;Infinity&quot; or &quot;-Infinity&quot;, got %1</source>
        <translation>erwartet eine Zahl, null (eine Lücke), &quot;Infinity&quot; oder &quot;-Infinity&quot;, erhalten %1</translation>
    </message>
    <message>
        <source>%1 (already used at %2)</source>
        <translation>%1 (bereits verwendet bei %2)</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %1</source>
        <translation>erwartet eine Zahl von 0 bis 1, erhalten %1</translation>
    </message>
    <message>
        <source>a second baseline named &quot;%1&quot; (names are unique)</source>
        <translation>ein zweiter Basisplan namens „%1“ (Namen sind eindeutig)</translation>
    </message>
    <message>
        <source>expected a baseline name, got an empty string</source>
        <translation>erwartet einen Namen für den Basisplan, erhalten eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>expected a seed (a whole number), got %1</source>
        <translation>erwartet einen Startwert (eine ganze Zahl), erhalten %1</translation>
    </message>
    <message>
        <source>a seed (a whole number)</source>
        <translation>ein Startwert (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>expected a seed (a whole number up to 2^53, larger ones as a string), got %1</source>
        <translation>erwartet einen Startwert (eine ganze Zahl bis 2^53, größere als Zeichenkette), erhalten %1</translation>
    </message>
    <message>
        <source>a number of iterations</source>
        <translation>eine Anzahl Läufe</translation>
    </message>
    <message>
        <source>expected a whole number of iterations, got %1</source>
        <translation>erwartet eine ganzzahlige Anzahl Läufe, erhalten %1</translation>
    </message>
</context>
<context>
    <name>PlanLimits</name>
    <message>
        <source>expected a duration from 0 to %1 minutes (10 years), got %2</source>
        <translation>erwartet eine Dauer von 0 bis %1 Minuten (10 Jahre), erhalten %2</translation>
    </message>
    <message>
        <source>expected a lag from -%1 to %1 minutes (10 years), got %2</source>
        <translation>erwartet einen Versatz von -%1 bis %1 Minuten (10 Jahre), erhalten %2</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3</source>
        <translation>%1: %2 Zeichen; die Grenze liegt bei %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>PlanLinter</name>
    <message>
        <source>Dependency cycle: %1 → %2 (each task waits for the one before it).</source>
        <translation>Abhängigkeitszyklus: %1 → %2 (jede Aufgabe wartet auf die vorherige).</translation>
    </message>
    <message>
        <source> Also caught in it: %1.</source>
        <translation> Ebenfalls darin verstrickt: %1.</translation>
    </message>
    <message>
        <source>nobody can see until when a rollback is still possible</source>
        <translation>niemand kann sehen, bis wann ein Rollback noch möglich ist</translation>
    </message>
    <message>
        <source>downtime and the window fit cannot be computed</source>
        <translation>Ausfallzeit und Passung ins Fenster können nicht berechnet werden</translation>
    </message>
    <message>
        <source>No task carries the mark &quot;%1&quot;; %2.</source>
        <translation>Keine Aufgabe trägt die Markierung „%1“; %2.</translation>
    </message>
    <message>
        <source>Rollback step has no owner: nobody is named to run it.</source>
        <translation>Der Rollback-Schritt hat keinen Verantwortlichen: niemand ist für die Ausführung benannt.</translation>
    </message>
    <message>
        <source>Task has no owner: nobody is named to run it.</source>
        <translation>Die Aufgabe hat keinen Verantwortlichen: niemand ist für die Ausführung benannt.</translation>
    </message>
    <message>
        <source>Estimates out of order: optimistic %1, likely %2, pessimistic %3 (expected optimistic ≤ likely ≤ pessimistic).</source>
        <translation>Schätzungen in falscher Reihenfolge: optimistisch %1, wahrscheinlich %2, pessimistisch %3 (erwartet optimistisch ≤ wahrscheinlich ≤ pessimistisch).</translation>
    </message>
    <message>
        <source>A duration is negative.</source>
        <translation>Eine Dauer ist negativ.</translation>
    </message>
    <message>
        <source>Milestone has a duration (%1); milestones take no time and are scheduled as 0.</source>
        <translation>Der Meilenstein hat eine Dauer (%1); Meilensteine brauchen keine Zeit und werden mit 0 eingeplant.</translation>
    </message>
    <message>
        <source>Criterion names no metric to watch.</source>
        <translation>Das Kriterium nennt keine zu beobachtende Metrik.</translation>
    </message>
    <message>
        <source>No imported series has metric &quot;%1&quot;; the criterion cannot be evaluated yet (import a monitoring export).</source>
        <translation>Keine importierte Reihe hat die Metrik „%1“; das Kriterium kann noch nicht ausgewertet werden (importieren Sie einen Monitoring-Export).</translation>
    </message>
    <message>
        <source>No validation results are imported; the criterion cannot be evaluated yet.</source>
        <translation>Es sind keine Validierungsergebnisse importiert; das Kriterium kann noch nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>The plan has no maintenance window; the freeze cannot be checked against it.</source>
        <translation>Der Plan hat kein Wartungsfenster; die Schreibsperre kann nicht dagegen geprüft werden.</translation>
    </message>
    <message>
        <source>The maintenance window ends (%1) before it starts (%2).</source>
        <translation>Das Wartungsfenster endet (%1), bevor es beginnt (%2).</translation>
    </message>
    <message>
        <source>The plan cannot be scheduled: %1</source>
        <translation>Der Plan kann nicht terminiert werden: %1</translation>
    </message>
    <message>
        <source>Traffic is switched (%1) before the write freeze starts (%2).</source>
        <translation>Der Verkehr wird umgeschaltet (%1), bevor die Schreibsperre beginnt (%2).</translation>
    </message>
    <message>
        <source>The write freeze starts at %1, %2 before the window opens at %3.</source>
        <translation>Die Schreibsperre beginnt um %1, %2 bevor das Fenster um %3 öffnet.</translation>
    </message>
    <message>
        <source>Traffic is switched at %1, %2 after the window closes at %3.</source>
        <translation>Der Verkehr wird um %1 umgeschaltet, %2 nachdem das Fenster um %3 schließt.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>readiness item</source>
        <translation>Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>readiness items</source>
        <translation>Bereitschaftsprüfungen</translation>
    </message>
    <message>
        <source>Dependency cycle of %1 tasks: %2 → %3 (each task waits for the one before it).</source>
        <translation>Abhängigkeitszyklus aus %1 Aufgaben: %2 → %3 (jede Aufgabe wartet auf die vorherige).</translation>
    </message>
</context>
<context>
    <name>PlanLock</name>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 auf %2 (Prozess %3)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet einen von %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stored time (expected ISO 8601 with an offset)</source>
        <translation>„%1“ ist keine gespeicherte Zeit (erwartet ISO 8601 mit Offset)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>cannot read the stored plan: %1</source>
        <translation>der gespeicherte Plan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the plan row is missing</source>
        <translation>die Planzeile fehlt</translation>
    </message>
    <message>
        <source>unknown marks %1</source>
        <translation>unbekannte Markierungen %1</translation>
    </message>
    <message>
        <source>a dependency refers to a missing task</source>
        <translation>eine Abhängigkeit verweist auf eine fehlende Aufgabe</translation>
    </message>
    <message>
        <source>cannot read the page count</source>
        <translation>die Seitenzahl kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the stored point count %1 does not fit the file</source>
        <translation>die gespeicherte Punktzahl %1 passt nicht zur Datei</translation>
    </message>
    <message>
        <source>a label refers to a missing series</source>
        <translation>ein Label verweist auf eine fehlende Reihe</translation>
    </message>
    <message>
        <source>a chunk of points refers to a missing series</source>
        <translation>ein Punktblock verweist auf eine fehlende Reihe</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>Block %1 fehlt</translation>
    </message>
    <message>
        <source>the stored points are damaged (checksum mismatch)</source>
        <translation>die gespeicherten Punkte sind beschädigt (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>the stored points do not match their count</source>
        <translation>die gespeicherten Punkte passen nicht zu ihrer Anzahl</translation>
    </message>
    <message>
        <source>%1 of %2 points are stored</source>
        <translation>%1 von %2 Punkten sind gespeichert</translation>
    </message>
    <message>
        <source>the plan breaks a limit: %1</source>
        <translation>der Plan überschreitet eine Grenze: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a seed</source>
        <translation>„%1“ ist kein Startwert</translation>
    </message>
    <message>
        <source>a baseline task refers to a missing baseline</source>
        <translation>eine Aufgabe eines Basisplans verweist auf einen fehlenden Basisplan</translation>
    </message>
    <message>
        <source>a baseline criterion refers to a missing baseline</source>
        <translation>ein Kriterium eines Basisplans verweist auf einen fehlenden Basisplan</translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>no upgrade from schema %1</source>
        <translation>keine Aktualisierung von Schema %1 möglich</translation>
    </message>
    <message>
        <source>upgrading schema %1 to %2 failed: %3</source>
        <translation>Aktualisierung von Schema %1 auf %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>not computed: %1</source>
        <translation>nicht berechnet: %1</translation>
    </message>
    <message>
        <source>unknown (needs tasks marked freeze-start and traffic-switched)</source>
        <translation>unbekannt (braucht Aufgaben mit den Markierungen freeze-start und traffic-switched)</translation>
    </message>
    <message>
        <source>unknown (needs a maintenance window)</source>
        <translation>unbekannt (braucht ein Wartungsfenster)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>the write freeze starts %1 before the window opens</source>
        <translation>die Schreibsperre beginnt %1 vor dem Öffnen des Fensters</translation>
    </message>
    <message>
        <source>traffic is switched %1 after the window closes</source>
        <translation>der Verkehr wird %1 nach dem Schließen des Fensters umgeschaltet</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 too late</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>the point of no return (“%1”)</source>
        <translation>dem Point of no Return („%1“)</translation>
    </message>
    <message>
        <source>the traffic switch (“%1”)</source>
        <translation>der Verkehrsumschaltung („%1“)</translation>
    </message>
    <message>
        <source>no rollback steps planned</source>
        <translation>keine Rollback-Schritte geplant</translation>
    </message>
    <message>
        <source>needs a maintenance window</source>
        <translation>braucht ein Wartungsfenster</translation>
    </message>
    <message>
        <source>needs a task marked point-of-no-return or traffic-switched</source>
        <translation>braucht eine Aufgabe mit der Markierung point-of-no-return oder traffic-switched</translation>
    </message>
    <message>
        <source>needs a plan start</source>
        <translation>braucht einen Planstart</translation>
    </message>
</context>
<context>
    <name>PlanTemplates</name>
    <message>
        <source>unknown template &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Vorlage „%1“ (erwartet eine von %2)</translation>
    </message>
    <message>
        <source>the start time is not valid</source>
        <translation>die Startzeit ist ungültig</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (expected an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone „%1“ (erwartet einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; is missing from the program (%2)</source>
        <translation>Vorlage „%1“ fehlt im Programm (%2)</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>A phase has no id.</source>
        <translation>Eine Phase hat keine ID.</translation>
    </message>
    <message>
        <source>Phase id &quot;%1&quot; is used more than once.</source>
        <translation>Die Phasen-ID „%1“ wird mehrfach verwendet.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; has no id.</source>
        <translation>Aufgabe „%1“ hat keine ID.</translation>
    </message>
    <message>
        <source>Task id &quot;%1&quot; is used more than once.</source>
        <translation>Die Aufgaben-ID „%1“ wird mehrfach verwendet.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is in unknown phase &quot;%2&quot;.</source>
        <translation>Aufgabe „%1“ liegt in der unbekannten Phase „%2“.</translation>
    </message>
    <message>
        <source>Rollback task &quot;%1&quot; carries a mark; marks belong to runbook tasks.</source>
        <translation>Die Rollback-Aufgabe „%1“ trägt eine Markierung; Markierungen gehören zu Runbook-Aufgaben.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; depends on itself.</source>
        <translation>Aufgabe „%1“ hängt von sich selbst ab.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; waits on unknown task &quot;%2&quot;.</source>
        <translation>Aufgabe „%1“ wartet auf die unbekannte Aufgabe „%2“.</translation>
    </message>
    <message>
        <source>Rollback task &quot;%1&quot; depends on runbook task &quot;%2&quot;; rollback tasks may depend only on rollback tasks.</source>
        <translation>Die Rollback-Aufgabe „%1“ hängt von der Runbook-Aufgabe „%2“ ab; Rollback-Aufgaben dürfen nur von Rollback-Aufgaben abhängen.</translation>
    </message>
    <message>
        <source>Runbook task &quot;%1&quot; depends on rollback task &quot;%2&quot;.</source>
        <translation>Die Runbook-Aufgabe „%1“ hängt von der Rollback-Aufgabe „%2“ ab.</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; is on %2 tasks (%3); it may be on one task only.</source>
        <translation>Die Markierung „%1“ ist an %2 Aufgaben (%3); sie darf nur an einer Aufgabe sein.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; has no id.</source>
        <translation>Kriterium „%1“ hat keine ID.</translation>
    </message>
    <message>
        <source>Criterion id &quot;%1&quot; is used more than once.</source>
        <translation>Die Kriterien-ID „%1“ wird mehrfach verwendet.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; has a negative sustain time.</source>
        <translation>Kriterium „%1“ hat eine negative Haltezeit.</translation>
    </message>
    <message>
        <source>Readiness item id &quot;%1&quot; is used more than once.</source>
        <translation>Die ID „%1“ der Bereitschaftsprüfung wird mehrfach verwendet.</translation>
    </message>
    <message>
        <source>A decision refers to unknown gate &quot;%1&quot;.</source>
        <translation>Eine Entscheidung verweist auf das unbekannte Gate „%1“.</translation>
    </message>
    <message>
        <source>A decision refers to &quot;%1&quot;, which is not a gate.</source>
        <translation>Eine Entscheidung verweist auf „%1“, das kein Gate ist.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>the id of %1</source>
        <translation>die ID von %1</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>der Name von %1</translation>
    </message>
    <message>
        <source>the owner of %1</source>
        <translation>der Verantwortliche von %1</translation>
    </message>
    <message>
        <source>the notes of %1</source>
        <translation>die Notizen von %1</translation>
    </message>
    <message>
        <source>optimistic</source>
        <translation>optimistische</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinliche</translation>
    </message>
    <message>
        <source>pessimistic</source>
        <translation>pessimistische</translation>
    </message>
    <message>
        <source>The %1 duration of %2: %3.</source>
        <translation>Die %1 Dauer von %2: %3.</translation>
    </message>
    <message>
        <source>The link of %1 to &quot;%2&quot;: %3.</source>
        <translation>Die Verknüpfung von %1 mit „%2“: %3.</translation>
    </message>
    <message>
        <source>the plan name</source>
        <translation>der Planname</translation>
    </message>
    <message>
        <source>the plan author</source>
        <translation>der Autor des Plans</translation>
    </message>
    <message>
        <source>the plan description</source>
        <translation>die Planbeschreibung</translation>
    </message>
    <message>
        <source>a phase id</source>
        <translation>eine Phasen-ID</translation>
    </message>
    <message>
        <source>the name of phase &quot;%1&quot;</source>
        <translation>der Name der Phase „%1“</translation>
    </message>
    <message>
        <source>the description of phase &quot;%1&quot;</source>
        <translation>die Beschreibung der Phase „%1“</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>rollback task</source>
        <translation>Rollback-Schritt</translation>
    </message>
    <message>
        <source>a criterion id</source>
        <translation>eine Kriteriums-ID</translation>
    </message>
    <message>
        <source>the name of criterion &quot;%1&quot;</source>
        <translation>der Name des Kriteriums „%1“</translation>
    </message>
    <message>
        <source>the metric of criterion &quot;%1&quot;</source>
        <translation>die Metrik des Kriteriums „%1“</translation>
    </message>
    <message>
        <source>the notes of criterion &quot;%1&quot;</source>
        <translation>die Notizen des Kriteriums „%1“</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; is sustained for %2 s; the limit is %3 s (10 years).</source>
        <translation>Kriterium „%1“ hat eine Haltezeit von %2 s; die Grenze liegt bei %3 s (10 Jahre).</translation>
    </message>
    <message>
        <source>the decider at gate &quot;%1&quot;</source>
        <translation>der Entscheider am Gate „%1“</translation>
    </message>
    <message>
        <source>the rationale at gate &quot;%1&quot;</source>
        <translation>die Begründung am Gate „%1“</translation>
    </message>
    <message>
        <source>a readiness item id</source>
        <translation>eine ID einer Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>the text of readiness item &quot;%1&quot;</source>
        <translation>der Text der Bereitschaftsprüfung „%1“</translation>
    </message>
    <message>
        <source>the evidence of readiness item &quot;%1&quot;</source>
        <translation>der Nachweis der Bereitschaftsprüfung „%1“</translation>
    </message>
    <message>
        <source>Hypercare lasts %1 h; expected 0 to %2 h (10 years).</source>
        <translation>Die Hypercare dauert %1 h; erwartet 0 bis %2 h (10 Jahre).</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot;: %2.</source>
        <translation>SLA „%1“: %2.</translation>
    </message>
    <message>
        <source>series &quot;%1&quot;</source>
        <translation>Reihe „%1“</translation>
    </message>
    <message>
        <source>a series id</source>
        <translation>eine Reihen-ID</translation>
    </message>
    <message>
        <source>the metric of %1</source>
        <translation>die Metrik von %1</translation>
    </message>
    <message>
        <source>the unit of %1</source>
        <translation>die Einheit von %1</translation>
    </message>
    <message>
        <source>%1 has %2 labels; the limit is %3.</source>
        <translation>%1 hat %2 Labels; die Grenze liegt bei %3.</translation>
    </message>
    <message>
        <source>a label name of %1</source>
        <translation>ein Label-Name von %1</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of %2</source>
        <translation>Label „%1“ von %2</translation>
    </message>
</context>
<context>
    <name>PlanWriteLock</name>
    <message>
        <source>cannot save: cannot create the lock file %1: %2</source>
        <translation>Speichern nicht möglich: die Sperrdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot save: cannot lock %1: %2</source>
        <translation>Speichern nicht möglich: %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>another program has been saving this plan for more than %n s; the plan was not changed</source>
        <translation>
            <numerusform>ein anderes Programm speichert diesen Plan seit mehr als %n s; der Plan wurde nicht geändert</numerusform>
            <numerusform>ein anderes Programm speichert diesen Plan seit mehr als %n s; der Plan wurde nicht geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <source>cannot store the %1: %2</source>
        <translation>Tabelle %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot store series %1: it has %2 times but %3 values</source>
        <translation>Reihe %1 kann nicht gespeichert werden: sie hat %2 Zeitpunkte, aber %3 Werte</translation>
    </message>
</context>
<context>
    <name>RemoveTasksCommand</name>
    <message>
        <source>Delete task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe löschen</numerusform>
            <numerusform>%n Aufgaben löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cutover report: %1</source>
        <translation>Cutover-Bericht: %1</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>Cutover plan, maintenance window %1 to %2 (%3)</source>
        <translation>Cutover-Plan, Wartungsfenster %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Cutover plan, stakeholder report</source>
        <translation>Cutover-Plan, Stakeholder-Bericht</translation>
    </message>
    <message>
        <source>Cutover Planner</source>
        <translation>Cutover Planner</translation>
    </message>
    <message>
        <source>no device to print the report on</source>
        <translation>kein Gerät, auf dem der Bericht ausgegeben werden kann</translation>
    </message>
    <message>
        <source>the printable area (%1 × %2 pt) is too small for the report</source>
        <translation>der druckbare Bereich (%1 × %2 pt) ist zu klein für den Bericht</translation>
    </message>
    <message>
        <source>Generated %1 · Cutover Planner</source>
        <translation>Erstellt %1 · Cutover Planner</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>auf das Ausgabegerät kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>the output device refused page %1</source>
        <translation>das Ausgabegerät hat Seite %1 abgelehnt</translation>
    </message>
    <message>
        <source>the output device failed to finish the report</source>
        <translation>das Ausgabegerät konnte den Bericht nicht abschließen</translation>
    </message>
    <message>
        <source>cutover, migration, runbook, rollback</source>
        <translation>Cutover, Migration, Runbook, Rollback</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot save the report: %1</source>
        <translation>der Bericht kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>iterations must be between 1 and %1, not %2</source>
        <translation>die Zahl der Läufe muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the report has no section selected</source>
        <translation>für den Bericht ist kein Abschnitt ausgewählt</translation>
    </message>
    <message>
        <source>cannot schedule the plan: %1</source>
        <translation>der Plan kann nicht terminiert werden: %1</translation>
    </message>
    <message>
        <source>simulation failed: %1</source>
        <translation>Simulation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Cutover Planner</source>
        <translation>Cutover Planner</translation>
    </message>
    <message>
        <source>cutover-report</source>
        <translation>cutover-bericht</translation>
    </message>
    <message>
        <source>no printer</source>
        <translation>kein Drucker</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>BREACHED</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>CUTOVER PLAN · STAKEHOLDER REPORT</source>
        <translation>CUTOVER-PLAN · STAKEHOLDER-BERICHT</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1 runbook steps in %2 phases, %3 rollback steps</source>
        <translation>%1 Runbook-Schritte in %2 Phasen, %3 Rollback-Schritte</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>; P80 %1, P95 %2</source>
        <translation>; P80 %1, P95 %2</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Write freeze (downtime)</source>
        <translation>Schreibsperre (Ausfallzeit)</translation>
    </message>
    <message>
        <source>%1 → %2 at likely durations</source>
        <translation>%1 → %2 bei wahrscheinlichen Dauern</translation>
    </message>
    <message>
        <source>likely %1</source>
        <translation>wahrscheinlich %1</translation>
    </message>
    <message>
        <source>; simulated P50 %1, P80 %2, P95 %3</source>
        <translation>; simuliert P50 %1, P80 %2, P95 %3</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>not known: mark the tasks where the write freeze starts and traffic is switched</source>
        <translation>unbekannt: markieren Sie die Aufgaben, bei denen die Schreibsperre beginnt und der Verkehr umgeschaltet wird</translation>
    </message>
    <message>
        <source>%1 of %2 simulated runs</source>
        <translation>%1 von %2 simulierten Läufen</translation>
    </message>
    <message>
        <source>fits at likely durations</source>
        <translation>passt bei wahrscheinlichen Dauern</translation>
    </message>
    <message>
        <source>Probability of fitting the window</source>
        <translation>Wahrscheinlichkeit, ins Fenster zu passen</translation>
    </message>
    <message>
        <source>; P80 %1</source>
        <translation>; P80 %1</translation>
    </message>
    <message>
        <source>Rollback duration</source>
        <translation>Rollback-Dauer</translation>
    </message>
    <message>
        <source>Rollback deadline</source>
        <translation>Rollback-Frist</translation>
    </message>
    <message>
        <source>none: the plan has no rollback steps</source>
        <translation>keine: der Plan hat keine Rollback-Schritte</translation>
    </message>
    <message>
        <source>Rollback margin</source>
        <translation>Rollback-Reserve</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>%1 steps: %2</source>
        <translation>%1 Schritte: %2</translation>
    </message>
    <message>
        <source>Rollback criteria</source>
        <translation>Rollback-Kriterien</translation>
    </message>
    <message>
        <source>%1 criteria: %2 breached (%3 with action rollback), %4 OK, %5 without data</source>
        <translation>%1 Kriterien: %2 verletzt (%3 mit Aktion Rollback), %4 OK, %5 ohne Daten</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>%1 of %2 items open or in progress</source>
        <translation>%1 von %2 Punkten offen oder in Arbeit</translation>
    </message>
    <message>
        <source>Latest go/no-go decisions</source>
        <translation>Letzte Go/No-Go-Entscheidungen</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Every step at its likely duration; float is how long a step can slip without moving the finish. Steps marked ● are on the critical path. Times in %1.</source>
        <translation>Jeder Schritt mit seiner wahrscheinlichen Dauer; der Puffer gibt an, wie weit sich ein Schritt verschieben kann, ohne das Ende zu verschieben. Mit ● markierte Schritte liegen auf dem kritischen Pfad. Zeiten in %1.</translation>
    </message>
    <message>
        <source>go/no-go gate</source>
        <translation>Go/No-Go-Gate</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>Der Plan hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Duration (range)</source>
        <translation>Dauer (Spanne)</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rollback-Plan</translation>
    </message>
    <message>
        <source>The plan has no rollback steps. Without them no rollback deadline can be given.</source>
        <translation>Der Plan hat keine Rollback-Schritte. Ohne sie lässt sich keine Rollback-Frist angeben.</translation>
    </message>
    <message>
        <source>Rolling back takes %1 at likely durations</source>
        <translation>Der Rollback dauert bei wahrscheinlichen Dauern %1</translation>
    </message>
    <message>
        <source> and %1 at P80</source>
        <translation> und bei P80 %1</translation>
    </message>
    <message>
        <source> to finish inside the window.</source>
        <translation>, um innerhalb des Fensters fertig zu werden.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Starts after</source>
        <translation>Beginnt nach</translation>
    </message>
    <message>
        <source>Done after</source>
        <translation>Fertig nach</translation>
    </message>
    <message>
        <source>The plan has no rollback criteria.</source>
        <translation>Der Plan hat keine Rollback-Kriterien.</translation>
    </message>
    <message>
        <source>YES (occurred)</source>
        <translation>JA (eingetreten)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>First breach</source>
        <translation>Erste Verletzung</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Extremwert</translation>
    </message>
    <message>
        <source>Go/no-go gates</source>
        <translation>Go/No-Go-Gates</translation>
    </message>
    <message>
        <source>The plan has no go/no-go gates.</source>
        <translation>Der Plan hat keine Go/No-Go-Gates.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>The plan has no readiness items.</source>
        <translation>Der Plan hat keine Bereitschaftsprüfungen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Hypercare</source>
        <translation>Hypercare</translation>
    </message>
    <message>
        <source>Hypercare lasts %1 after go-live.</source>
        <translation>Die Hypercare dauert nach dem Go-live %1.</translation>
    </message>
    <message>
        <source>No hypercare period is set.</source>
        <translation>Es ist keine Hypercare-Phase festgelegt.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Response within</source>
        <translation>Reaktion innerhalb</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>Lösung innerhalb</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <source>No hypercare contacts are recorded.</source>
        <translation>Es sind keine Hypercare-Kontakte erfasst.</translation>
    </message>
    <message>
        <source>Monitoring data</source>
        <translation>Monitoring-Daten</translation>
    </message>
    <message>
        <source>none imported (no lag or validation exports)</source>
        <translation>keine importiert (keine Exporte zu Verzögerung oder Validierung)</translation>
    </message>
    <message>
        <source>none imported: the rollback criteria cannot be checked yet</source>
        <translation>keine importiert: die Rollback-Kriterien können noch nicht geprüft werden</translation>
    </message>
    <message>
        <source>Readiness and hypercare</source>
        <translation>Bereitschaft und Hypercare</translation>
    </message>
    <message>
        <source>no readiness checklist, hypercare period or contacts recorded</source>
        <translation>keine Bereitschafts-Checkliste, keine Hypercare-Dauer und keine Kontakte erfasst</translation>
    </message>
    <message>
        <source>the plan has no tasks yet, so there is no timeline, runbook or simulation</source>
        <translation>der Plan hat noch keine Aufgaben, daher gibt es keine Zeitachse, kein Runbook und keine Simulation</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source> (P80)</source>
        <translation> (P80)</translation>
    </message>
    <message>
        <source> (likely)</source>
        <translation> (wahrscheinlich)</translation>
    </message>
    <message>
        <source>Fits the window</source>
        <translation>Passt ins Fenster</translation>
    </message>
    <message>
        <source>at likely durations: %1</source>
        <translation>bei wahrscheinlichen Dauern: %1</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (wahrscheinlich)</translation>
    </message>
    <message>
        <source>; %1 (P80)</source>
        <translation>; %1 (P80)</translation>
    </message>
    <message>
        <source> from %1, done at %2, to the rollback deadline</source>
        <translation> ab %1, beendet um %2, bis zur Rollback-Frist</translation>
    </message>
    <message>
        <source>Rollback deadline %1.</source>
        <translation>Rollback-Frist %1.</translation>
    </message>
    <message>
        <source>, so it must start by %1 (likely)</source>
        <translation>, er muss also bis %1 beginnen (wahrscheinlich)</translation>
    </message>
    <message>
        <source> or by %1 to be 80 % sure (P80)</source>
        <translation> oder, für 80 % Sicherheit, bis %1 (P80)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 as of baseline “%3”.</source>
        <translation>Freigegeben von %1 am %2 auf Grundlage des Basisplans „%3“.</translation>
    </message>
    <message>
        <source>The plan has changed since it was approved (status: %1).</source>
        <translation>Der Plan hat sich seit der Freigabe geändert (Status: %1).</translation>
    </message>
    <message>
        <source>The plan has not changed since.</source>
        <translation>Der Plan hat sich seitdem nicht geändert.</translation>
    </message>
    <message>
        <source>Not approved (status: %1).</source>
        <translation>Nicht freigegeben (Status: %1).</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <source>Baseline “%1” was taken on %2</source>
        <translation>Der Basisplan „%1“ wurde am %2 erstellt</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Downtime (likely)</source>
        <translation>Ausfallzeit (wahrscheinlich)</translation>
    </message>
    <message>
        <source>Downtime (P80)</source>
        <translation>Ausfallzeit (P80)</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Rollback-Frist (P80)</translation>
    </message>
    <message>
        <source>The runbook, rollback plan and criteria are as in the baseline.</source>
        <translation>Runbook, Rollback-Plan und Kriterien sind wie im Basisplan.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>rollback step added</source>
        <translation>Rollback-Schritt hinzugefügt</translation>
    </message>
    <message>
        <source>rollback step removed</source>
        <translation>Rollback-Schritt entfernt</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Each runbook change&apos;s effect on downtime is that change alone applied to the baseline; the biggest effects come first.</source>
        <translation>Die Wirkung jeder Runbook-Änderung auf die Ausfallzeit ist die dieser Änderung allein, angewandt auf den Basisplan; die größten Wirkungen stehen zuerst.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Downtime effect</source>
        <translation>Wirkung auf die Ausfallzeit</translation>
    </message>
</context>
<context>
    <name>ReportVerdict</name>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>&gt; 99 %</source>
        <translation>&gt; 99 %</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt; 1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>; rollback must start by %1</source>
        <translation>; der Rollback muss spätestens um %1 beginnen</translation>
    </message>
    <message>
        <source>The downtime cannot be judged: no task is marked as the start of the write freeze and the traffic switch</source>
        <translation>Die Ausfallzeit lässt sich nicht beurteilen: keine Aufgabe ist als Beginn der Schreibsperre und als Verkehrsumschaltung markiert</translation>
    </message>
    <message>
        <source>No maintenance window is set, so the fit cannot be judged</source>
        <translation>Es ist kein Wartungsfenster festgelegt, daher lässt sich die Passung nicht beurteilen</translation>
    </message>
    <message>
        <source>Fits the window with %1 confidence%2</source>
        <translation>Passt mit %1 Sicherheit ins Fenster%2</translation>
    </message>
    <message>
        <source>At risk: fits the window with only %1 confidence%2</source>
        <translation>Gefährdet: passt nur mit %1 Sicherheit ins Fenster%2</translation>
    </message>
    <message>
        <source>Unlikely to fit the window (%1 confidence)%2</source>
        <translation>Passt wahrscheinlich nicht ins Fenster (%1 Sicherheit)%2</translation>
    </message>
    <message>
        <source>Fits the window at likely durations (not simulated)%1</source>
        <translation>Passt bei wahrscheinlichen Dauern ins Fenster (nicht simuliert)%1</translation>
    </message>
    <message>
        <source>Does not fit the window even at likely durations%1</source>
        <translation>Passt selbst bei wahrscheinlichen Dauern nicht ins Fenster%1</translation>
    </message>
    <message>
        <source>The fit with the window cannot be judged</source>
        <translation>Die Passung ins Fenster lässt sich nicht beurteilen</translation>
    </message>
    <message>
        <source>The latest decision at “%1” is NO-GO.</source>
        <translation>Die letzte Entscheidung bei „%1“ lautet NO-GO.</translation>
    </message>
    <message>
        <source>The latest decision at “%1” is to hold.</source>
        <translation>Die letzte Entscheidung bei „%1“ lautet: anhalten.</translation>
    </message>
    <message>
        <source>1 rollback criterion is breached in the imported data.</source>
        <translation>1 Rollback-Kriterium ist in den importierten Daten verletzt.</translation>
    </message>
    <message>
        <source>%1 rollback criteria are breached in the imported data.</source>
        <translation>%1 Rollback-Kriterien sind in den importierten Daten verletzt.</translation>
    </message>
    <message>
        <source>1 readiness item is still open.</source>
        <translation>1 Bereitschaftsprüfung ist noch offen.</translation>
    </message>
    <message>
        <source>%1 readiness items are still open.</source>
        <translation>%1 Bereitschaftsprüfungen sind noch offen.</translation>
    </message>
    <message>
        <source>Not computed: the plan has %1 errors, the first: %2</source>
        <translation>Nicht berechnet: der Plan hat %1 Fehler, der erste: %2</translation>
    </message>
    <message>
        <source>Not computed: the plan has an error: %1</source>
        <translation>Nicht berechnet: der Plan hat einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>RunbookClipboard</name>
    <message>
        <source>the clipboard holds no cells to paste</source>
        <translation>die Zwischenablage enthält keine Zellen zum Einfügen</translation>
    </message>
    <message>
        <source>the clipboard holds only a header line</source>
        <translation>die Zwischenablage enthält nur eine Kopfzeile</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>line %1: the ID &quot;%2&quot; appears twice in the pasted rows</source>
        <translation>Zeile %1: die ID „%2“ kommt in den eingefügten Zeilen zweimal vor</translation>
    </message>
    <message>
        <source>line %1: a task cannot wait for itself</source>
        <translation>Zeile %1: eine Aufgabe kann nicht auf sich selbst warten</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe einfügen</numerusform>
            <numerusform>%n Aufgaben einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>select the cell to paste into first</source>
        <translation>zuerst die Zelle auswählen, in die eingefügt werden soll</translation>
    </message>
    <message numerus="yes">
        <source>the %n pasted lines run past the last task</source>
        <translation>
            <numerusform>die %n eingefügte Zeile reicht über die letzte Aufgabe hinaus</numerusform>
            <numerusform>die %n eingefügten Zeilen reichen über die letzte Aufgabe hinaus</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 has more cells than there are columns to the right</source>
        <translation>Zeile %1 hat mehr Zellen, als rechts Spalten vorhanden sind</translation>
    </message>
    <message>
        <source>line %1: the ID &quot;%2&quot; appears twice in the pasted cells</source>
        <translation>Zeile %1: die ID „%2“ kommt in den eingefügten Zellen zweimal vor</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunbookCsv</name>
    <message>
        <source>the plan&apos;s name, window and time zone (a runbook has only tasks)</source>
        <translation>Name, Fenster und Zeitzone des Plans (ein Runbook hat nur Aufgaben)</translation>
    </message>
    <message>
        <source>the phase descriptions</source>
        <translation>die Phasenbeschreibungen</translation>
    </message>
    <message>
        <source>the schedule columns (the plan cannot be scheduled: %1)</source>
        <translation>die Spalten des Zeitplans (der Plan lässt sich nicht terminieren: %1)</translation>
    </message>
    <message>
        <source>the file is empty (expected a header row with id, name, likely, ...)</source>
        <translation>die Datei ist leer (erwartet: eine Kopfzeile mit id, name, likely, ...)</translation>
    </message>
    <message>
        <source>%1 columns, more than %2</source>
        <translation>%1 Spalten, mehr als %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice (expected each column once)</source>
        <translation>Spalte „%1“ kommt zweimal vor (erwartet: jede Spalte einmal)</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; column (expected a header row with at least id, name and likely; the columns are %2)</source>
        <translation>keine Spalte „%1“ (erwartet: eine Kopfzeile mit mindestens id, name und likely; die Spalten sind %2)</translation>
    </message>
    <message>
        <source>unknown columns ignored: %1</source>
        <translation>unbekannte Spalten ignoriert: %1</translation>
    </message>
    <message>
        <source>empty id (expected a task id such as &quot;freeze&quot;)</source>
        <translation>leere ID (erwartet: eine Aufgaben-ID wie „freeze“)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Art „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>empty %1 duration (expected minutes, e.g. 90 or 1h30)</source>
        <translation>leere Dauer %1 (erwartet: Minuten, z. B. 90 oder 1h30)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as the %2 duration (expected minutes, e.g. 90 or 1h30)</source>
        <translation>„%1“ ist als Dauer %2 nicht lesbar (erwartet: Minuten, z. B. 90 oder 1h30)</translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Verteilung „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (expected ISO 8601 with an offset, e.g. 2026-12-05T22:00:00+01:00)</source>
        <translation>„%1“ ist als Zeit nicht lesbar (erwartet: ISO 8601 mit Versatz, z. B. 2026-12-05T22:00:00+01:00)</translation>
    </message>
    <message>
        <source>unknown mark &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Markierung „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>no tasks (expected a row per task below the header)</source>
        <translation>keine Aufgaben (erwartet: eine Zeile je Aufgabe unter der Kopfzeile)</translation>
    </message>
    <message>
        <source>no start or notBefore times: the plan starts %1 (change it in the plan)</source>
        <translation>keine start- oder notBefore-Zeiten: der Plan beginnt %1 (im Plan ändern)</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is %1 MB, more than a runbook can be (256 MB)</source>
        <translation>ist %1 MB groß, mehr als ein Runbook sein kann (256 MB)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>cannot save: too many levels of symbolic links</source>
        <translation>Speichern nicht möglich: zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <source>is a folder; cannot save the plan there</source>
        <translation>ist ein Ordner; der Plan kann dort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save: the folder %1 does not exist</source>
        <translation>Speichern nicht möglich: der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the plan is read-only (mode %1); it was not changed</source>
        <translation>der Plan ist schreibgeschützt (Modus %1); er wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot save: the folder %1 is read-only; the plan was not changed</source>
        <translation>Speichern nicht möglich: der Ordner %1 ist schreibgeschützt; der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot save: the plan belongs to user %1, group %2, and a saved copy could not keep that owner (%3); the plan was not changed</source>
        <translation>Speichern nicht möglich: der Plan gehört Benutzer %1, Gruppe %2, und eine gespeicherte Kopie konnte diesen Eigentümer nicht behalten (%3); der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot save: cannot keep the plan&apos;s mode %1: %2</source>
        <translation>Speichern nicht möglich: der Modus %1 des Plans kann nicht beibehalten werden: %2</translation>
    </message>
    <message>
        <source>cannot remove the leftover %1; the plan was not changed</source>
        <translation>die zurückgebliebene Datei %1 kann nicht entfernt werden; der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>is in use by another program (%1 lies beside it); close that program and try again; the plan was not changed</source>
        <translation>wird von einem anderen Programm benutzt (%1 liegt daneben); schließen Sie dieses Programm und versuchen Sie es erneut; der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot recover the leftover %1: %2; the plan was not changed</source>
        <translation>die zurückgebliebene Datei %1 kann nicht wiederhergestellt werden: %2; der Plan wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>SectionAdapters</name>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>an ID cannot be empty or contain spaces</source>
        <translation>eine ID darf weder leer sein noch Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>the ID &quot;%1&quot; is already used</source>
        <translation>die ID „%1“ wird bereits verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks are in phase &quot;%1&quot;; rename its name instead, or move them first</source>
        <translation>
            <numerusform>%n Aufgabe liegt in Phase „%1“; ändern Sie stattdessen ihren Namen oder verschieben Sie die Aufgabe zuerst</numerusform>
            <numerusform>%n Aufgaben liegen in Phase „%1“; ändern Sie stattdessen ihren Namen oder verschieben Sie die Aufgaben zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; still has tasks; move them to another phase first</source>
        <translation>Phase „%1“ enthält noch Aufgaben; verschieben Sie diese zuerst in eine andere Phase</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phases</source>
        <translation>
            <numerusform>%n Phase löschen</numerusform>
            <numerusform>%n Phasen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>New rollback step</source>
        <translation>Neuer Rollback-Schritt</translation>
    </message>
    <message>
        <source>Add rollback step</source>
        <translation>Rollback-Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Edit rollback step</source>
        <translation>Rollback-Schritt bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rollback steps</source>
        <translation>
            <numerusform>%n Rollback-Schritt löschen</numerusform>
            <numerusform>%n Rollback-Schritte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>metric: over imported series; validation: failed objects; manual: a person answers</source>
        <translation>metric: über importierte Messreihen; validation: fehlgeschlagene Objekte; manual: eine Person antwortet</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a number</source>
        <translation>„%1“ ist als Zahl nicht lesbar</translation>
    </message>
    <message>
        <source>Sustained for</source>
        <translation>Anhaltend für</translation>
    </message>
    <message>
        <source>How long the condition must hold, e.g. 5m or 300s; 0 = a single point</source>
        <translation>Wie lange die Bedingung anhalten muss, z. B. 5m oder 300s; 0 = ein einzelner Messpunkt</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration (e.g. 5m, 300s, 1h)</source>
        <translation>„%1“ ist als Dauer nicht lesbar (z. B. 5m, 300s, 1h)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Manual criteria: has the bad condition occurred?</source>
        <translation>Manuelle Kriterien: Ist der Fehlerfall eingetreten?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Kriterium bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n criteria</source>
        <translation>
            <numerusform>%n Kriterium löschen</numerusform>
            <numerusform>%n Kriterien löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>The ID of a go/no-go gate task</source>
        <translation>Die ID einer Go/No-Go-Gate-Aufgabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gate task (gates: %2)</source>
        <translation>„%1“ ist keine Gate-Aufgabe (Gates: %2)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Time in the plan&apos;s time zone, e.g. 2026-12-05 22:40</source>
        <translation>Zeit in der Zeitzone des Plans, z. B. 2026-12-05 22:40</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Add gate decision</source>
        <translation>Gate-Entscheidung hinzufügen</translation>
    </message>
    <message>
        <source>Edit gate decision</source>
        <translation>Gate-Entscheidung bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n gate decisions</source>
        <translation>
            <numerusform>%n Gate-Entscheidung löschen</numerusform>
            <numerusform>%n Gate-Entscheidungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>Add readiness check</source>
        <translation>Bereitschaftsprüfung hinzufügen</translation>
    </message>
    <message>
        <source>Edit readiness check</source>
        <translation>Bereitschaftsprüfung bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n readiness checks</source>
        <translation>
            <numerusform>%n Bereitschaftsprüfung löschen</numerusform>
            <numerusform>%n Bereitschaftsprüfungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 15, 1h, 4h30</source>
        <translation>z. B. 15, 1h, 4h30</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration (e.g. 15, 1h, 4h30)</source>
        <translation>„%1“ ist als Dauer nicht lesbar (z. B. 15, 1h, 4h30)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Sev %1</translation>
    </message>
    <message>
        <source>Add SLA target</source>
        <translation>SLA-Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit SLA target</source>
        <translation>SLA-Ziel bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n SLA targets</source>
        <translation>
            <numerusform>%n SLA-Ziel löschen</numerusform>
            <numerusform>%n SLA-Ziele löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <source>Phone, e-mail or chat channel</source>
        <translation>Telefon, E-Mail oder Chat-Kanal</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionNames</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Rollback plan, criteria and go/no-go decisions</source>
        <translation>Rollback-Plan, Kriterien und Go/No-Go-Entscheidungen</translation>
    </message>
    <message>
        <source>Monitoring and validation</source>
        <translation>Monitoring und Validierung</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Readiness and hypercare</source>
        <translation>Bereitschaft und Hypercare</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot; (expected a comma-separated list of: all, %2)</source>
        <translation>unbekannter Abschnitt „%1“ (erwartet eine kommagetrennte Liste aus: all, %2)</translation>
    </message>
    <message>
        <source>no section given (expected a comma-separated list of: all, %1)</source>
        <translation>kein Abschnitt angegeben (erwartet eine kommagetrennte Liste aus: all, %1)</translation>
    </message>
    <message>
        <source>Sign-off and changes</source>
        <translation>Freigabe und Änderungen</translation>
    </message>
</context>
<context>
    <name>SeriesSelection</name>
    <message>
        <source>as chosen in the monitoring view</source>
        <translation>wie in der Monitoring-Ansicht gewählt</translation>
    </message>
    <message>
        <source>the series a rollback criterion watches</source>
        <translation>die Reihen, die ein Rollback-Kriterium überwacht</translation>
    </message>
    <message numerus="yes">
        <source>the first %n, as no rollback criterion watches one</source>
        <translation>
            <numerusform>die ersten %n, da kein Rollback-Kriterium eine überwacht</numerusform>
            <numerusform>die ersten %n, da kein Rollback-Kriterium eine überwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>a plan that is %1 cannot move to %2</source>
        <translation>ein Plan im Status „%1“ kann nicht in den Status „%2“ wechseln</translation>
    </message>
    <message>
        <source>an approval needs the name of who approves</source>
        <translation>eine Freigabe braucht den Namen der freigebenden Person</translation>
    </message>
    <message>
        <source>the plan has no baseline &quot;%1&quot;</source>
        <translation>der Plan hat keinen Basisplan „%1“</translation>
    </message>
    <message>
        <source>a plan that is %1 cannot be approved (only a draft or a plan in review)</source>
        <translation>ein Plan im Status „%1“ kann nicht freigegeben werden (nur ein Entwurf oder ein Plan in Prüfung)</translation>
    </message>
</context>
<context>
    <name>SimulationChartData</name>
    <message>
        <source>Finish of the runbook</source>
        <translation>Ende des Runbooks</translation>
    </message>
    <message>
        <source>finish time (%1)</source>
        <translation>Endzeit (%1)</translation>
    </message>
    <message>
        <source>window end %1</source>
        <translation>Fensterende %1</translation>
    </message>
    <message>
        <source>fit the window (freeze and traffic switch inside it)</source>
        <translation>passen ins Fenster (Sperre und Umschaltung darin)</translation>
    </message>
    <message>
        <source>Downtime (write freeze to traffic switch)</source>
        <translation>Ausfallzeit (Schreibsperre bis Verkehrsumschaltung)</translation>
    </message>
    <message>
        <source>minutes of downtime</source>
        <translation>Minuten Ausfallzeit</translation>
    </message>
    <message>
        <source>No downtime to simulate: mark the tasks where the write freeze starts and where traffic is switched.</source>
        <translation>Keine Ausfallzeit zu simulieren: markieren Sie die Aufgaben, bei denen die Schreibsperre beginnt und bei denen der Verkehr umgeschaltet wird.</translation>
    </message>
</context>
<context>
    <name>SimulationRenderer</name>
    <message>
        <source>No simulation results yet.</source>
        <translation>Noch keine Simulationsergebnisse.</translation>
    </message>
    <message>
        <source>P50 %1 · P80 %2 · P95 %3</source>
        <translation>P50 %1 · P80 %2 · P95 %3</translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <source>P80 %1</source>
        <translation>P80 %1</translation>
    </message>
    <message>
        <source>P95 %1</source>
        <translation>P95 %1</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Criticality index (share of runs on the critical path)</source>
        <translation>Kritikalitätsindex (Anteil der Läufe auf dem kritischen Pfad)</translation>
    </message>
    <message>
        <source>What moves the finish most</source>
        <translation>Was das Ende am stärksten bewegt</translation>
    </message>
    <message>
        <source>What moves downtime most</source>
        <translation>Was die Ausfallzeit am stärksten bewegt</translation>
    </message>
    <message>
        <source>Simulation: %1</source>
        <translation>Simulation: %1</translation>
    </message>
    <message>
        <source>%1 simulated runs</source>
        <translation>%1 simulierte Läufe</translation>
    </message>
    <message>
        <source>◀ %1</source>
        <translation>◀ %1</translation>
    </message>
    <message>
        <source>%1 ▶</source>
        <translation>%1 ▶</translation>
    </message>
    <message>
        <source>runs per bin</source>
        <translation>Läufe je Klasse</translation>
    </message>
    <message>
        <source>share of runs done by then</source>
        <translation>Anteil der Läufe, die bis dahin fertig sind</translation>
    </message>
    <message>
        <source>on the critical path in at least half the runs</source>
        <translation>in mindestens der Hälfte der Läufe auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>in fewer</source>
        <translation>in weniger</translation>
    </message>
    <message numerus="yes">
        <source>share of runs · … and %n more task(s)</source>
        <translation>
            <numerusform>Anteil der Läufe · … und %n weitere Aufgabe</numerusform>
            <numerusform>Anteil der Läufe · … und %n weitere Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>share of runs</source>
        <translation>Anteil der Läufe</translation>
    </message>
    <message>
        <source>its fastest 10 %</source>
        <translation>seine schnellsten 10 %</translation>
    </message>
    <message>
        <source>its slowest 10 %</source>
        <translation>seine langsamsten 10 %</translation>
    </message>
    <message>
        <source>mean finish in those runs (minutes after the start)</source>
        <translation>mittleres Ende in diesen Läufen (Minuten nach dem Start)</translation>
    </message>
    <message>
        <source>mean downtime in those runs (minutes)</source>
        <translation>mittlere Ausfallzeit in diesen Läufen (Minuten)</translation>
    </message>
    <message>
        <source>mean, %1</source>
        <translation>Mittelwert, %1</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>the SQLite driver of Qt (QSQLITE, package libqt6sql6-sqlite) is not installed</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE, Paket libqt6sql6-sqlite) ist nicht installiert</translation>
    </message>
    <message>
        <source>no result for &quot;%1&quot;</source>
        <translation>kein Ergebnis für „%1“</translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>no task at row %1</source>
        <translation>keine Aufgabe in Zeile %1</translation>
    </message>
    <message>
        <source>Rename task &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Aufgabe „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change marks of &quot;%1&quot;</source>
        <translation>Markierungen von „%1“ ändern</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>nothing to insert</source>
        <translation>nichts einzufügen</translation>
    </message>
    <message>
        <source>no task selected</source>
        <translation>keine Aufgabe ausgewählt</translation>
    </message>
    <message>
        <source>no task at one of the selected rows</source>
        <translation>keine Aufgabe in einer der ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>Duplicate task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe duplizieren</numerusform>
            <numerusform>%n Aufgaben duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot move these rows</source>
        <translation>diese Zeilen lassen sich nicht verschieben</translation>
    </message>
    <message>
        <source>already at the top</source>
        <translation>bereits ganz oben</translation>
    </message>
    <message>
        <source>already at the bottom</source>
        <translation>bereits ganz unten</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks up</source>
        <translation>
            <numerusform>%n Aufgabe nach oben verschieben</numerusform>
            <numerusform>%n Aufgaben nach oben verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks down</source>
        <translation>
            <numerusform>%n Aufgabe nach unten verschieben</numerusform>
            <numerusform>%n Aufgaben nach unten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks to phase &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Aufgabe in Phase „%1“ verschieben</numerusform>
            <numerusform>%n Aufgaben in Phase „%1“ verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskFieldText</name>
    <message>
        <source>&quot;%1&quot; is not a %2 (expected one of %3)</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (erwartet einen von %3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>Optimistisch</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Pessimistic</source>
        <translation>Pessimistisch</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (expected e.g. 2026-12-05 22:00)</source>
        <translation>„%1“ ist als Zeit nicht lesbar (erwartet z. B. 2026-12-05 22:00)</translation>
    </message>
    <message>
        <source>a task needs an ID</source>
        <translation>eine Aufgabe braucht eine ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an ID (no spaces, &apos;;&apos;, &apos;,&apos; or &apos;+&apos;)</source>
        <translation>„%1“ kann keine ID sein (keine Leerzeichen, „;“, „,“ oder „+“)</translation>
    </message>
    <message>
        <source>the ID &quot;%1&quot; is already used by another task</source>
        <translation>die ID „%1“ wird bereits von einer anderen Aufgabe verwendet</translation>
    </message>
    <message>
        <source>a task needs a name</source>
        <translation>eine Aufgabe braucht einen Namen</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Phase „%1“ (erwartet eine von %2)</translation>
    </message>
    <message>
        <source>task kind</source>
        <translation>Aufgabenart</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the likely duration is required</source>
        <translation>die wahrscheinliche Dauer ist erforderlich</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration (expected e.g. 90, 1h30, 1:30, 1.5h)</source>
        <translation>„%1“ ist als Dauer nicht lesbar (erwartet z. B. 90, 1h30, 1:30, 1.5h)</translation>
    </message>
    <message>
        <source>a duration cannot be negative</source>
        <translation>eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a task cannot wait for itself</source>
        <translation>eine Aufgabe kann nicht auf sich selbst warten</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; in the predecessors</source>
        <translation>unbekannte Aufgabe „%1“ in den Vorgängern</translation>
    </message>
    <message>
        <source>unknown mark &quot;%1&quot; (expected freeze-start, traffic-switched or point-of-no-return)</source>
        <translation>unbekannte Markierung „%1“ (erwartet freeze-start, traffic-switched oder point-of-no-return)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
</context>
<context>
    <name>ValidationRenderer</name>
    <message>
        <source>Validation: %1</source>
        <translation>Validierung: %1</translation>
    </message>
    <message>
        <source>No validation results imported.</source>
        <translation>Keine Validierungsergebnisse importiert.</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Failing objects by size of the difference</source>
        <translation>Fehlgeschlagene Objekte nach Größe der Differenz</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more failing check(s)</source>
        <translation>
            <numerusform>… und %n weitere fehlgeschlagene Prüfung</numerusform>
            <numerusform>… und %n weitere fehlgeschlagene Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed check(s) without a numeric difference</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung ohne numerische Differenz</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen ohne numerische Differenz</numerusform>
        </translation>
    </message>
    <message>
        <source>|difference|</source>
        <translation>|Differenz|</translation>
    </message>
    <message numerus="yes">
        <source>%n without a numeric difference</source>
        <translation>
            <numerusform>%n ohne numerische Differenz</numerusform>
            <numerusform>%n ohne numerische Differenz</numerusform>
        </translation>
    </message>
    <message>
        <source>|difference| · %1</source>
        <translation>|Differenz| · %1</translation>
    </message>
</context>
<context>
    <name>VerdictGuard</name>
    <message>
        <source>not computed: %1</source>
        <translation>nicht berechnet: %1</translation>
    </message>
</context>
<context>
    <name>cutover::Autosaver</name>
    <message>
        <source>cannot create the recovery folder</source>
        <translation>der Wiederherstellungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>cutover::CriteriaEvaluator</name>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>beantwortet: %1</translation>
    </message>
    <message>
        <source>no validation results imported</source>
        <translation>keine Validierungsergebnisse importiert</translation>
    </message>
    <message>
        <source>%1 of %2 objects failed validation</source>
        <translation>%1 von %2 Objekten haben die Validierung nicht bestanden</translation>
    </message>
    <message>
        <source>no imported series for metric &quot;%1&quot;</source>
        <translation>keine importierte Reihe für die Metrik „%1“</translation>
    </message>
    <message>
        <source>the matching series hold no values</source>
        <translation>die passenden Reihen enthalten keine Werte</translation>
    </message>
    <message>
        <source>%1 of %2 series breached</source>
        <translation>%1 von %2 Reihen verletzt</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halt</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>manual check</source>
        <translation>manuelle Prüfung</translation>
    </message>
    <message>
        <source>failed validation objects %1 %2</source>
        <translation>fehlgeschlagene Validierungsobjekte %1 %2</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>cutover::CsvReader</name>
    <message>
        <source>binary data (NUL byte) inside a quoted field</source>
        <translation>Binärdaten (NUL-Byte) in einem Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field that never ends (missing closing &apos;&quot;&apos;)</source>
        <translation>ein Feld in Anführungszeichen, das nie endet (schließendes &apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <source>expected the delimiter or the end of the line after a closing quote</source>
        <translation>erwartet das Trennzeichen oder das Zeilenende nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>binary data (NUL byte), not a text export</source>
        <translation>Binärdaten (NUL-Byte), kein Textexport</translation>
    </message>
    <message>
        <source>a field of %1 bytes; the limit is %2 bytes per field</source>
        <translation>ein Feld mit %1 Bytes; die Grenze liegt bei %2 Bytes pro Feld</translation>
    </message>
    <message>
        <source>more than %1 columns in a row; the limit is %1</source>
        <translation>mehr als %1 Spalten in einer Zeile; die Grenze liegt bei %1</translation>
    </message>
</context>
<context>
    <name>cutover::Document</name>
    <message>
        <source>the plan is open read-only</source>
        <translation>der Plan ist schreibgeschützt geöffnet</translation>
    </message>
</context>
<context>
    <name>cutover::FinalSyncForecaster</name>
    <message>
        <source>no replication-lag series is imported (a series in seconds whose metric names lag, delay, latency or &quot;behind&quot;), and no backlog with an apply-rate series</source>
        <translation>keine Reihe mit Replikationsverzögerung importiert (eine Reihe in Sekunden, deren Metrik „lag“, „delay“, „latency“ oder „behind“ nennt) und kein Rückstand mit einer Reihe der Anwendungsrate</translation>
    </message>
    <message>
        <source>no catch-up stretch (lag falling by at least 10 s and a quarter over 3 points and a minute) in %1: the final sync cannot be forecast from lag alone</source>
        <translation>kein Aufholabschnitt (Verzögerung fällt um mindestens 10 s und ein Viertel über 3 Punkte und eine Minute) in %1: die letzte Synchronisation lässt sich nicht allein aus der Verzögerung vorhersagen</translation>
    </message>
</context>
<context>
    <name>cutover::ImportContext</name>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>only one column: expected a time column and at least one value column separated by &apos;,&apos;, &apos;;&apos; or tabs (or use --delimiter)</source>
        <translation>nur eine Spalte: erwartet eine Zeitspalte und mindestens eine Wertespalte, getrennt durch &apos;,&apos;, &apos;;&apos; oder Tabulatoren (oder --delimiter verwenden)</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (columns: %2)</source>
        <translation>keine Spalte „%1“ (Spalten: %2)</translation>
    </message>
    <message>
        <source>no column holds times (use --time-column to name it)</source>
        <translation>keine Spalte enthält Zeitangaben (mit --time-column benennen)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; in column %2 as a time (use --time-format)</source>
        <translation>„%1“ in Spalte %2 ist als Zeit nicht lesbar (--time-format verwenden)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is the time column</source>
        <translation>Spalte „%1“ ist die Zeitspalte</translation>
    </message>
    <message>
        <source>no numeric column besides the time column (use --columns to name them)</source>
        <translation>keine numerische Spalte außer der Zeitspalte (mit --columns benennen)</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>erwartet %1 Spalten, gefunden %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the column&apos;s unit (%2)</source>
        <translation>„%1“ ist nicht in der Einheit der Spalte (%2)</translation>
    </message>
    <message>
        <source>generic CSV: time column &quot;%1&quot; (%2), delimiter %3%4</source>
        <translation>generisches CSV: Zeitspalte „%1“ (%2), Trennzeichen %3%4</translation>
    </message>
    <message>
        <source>, decimal comma</source>
        <translation>, Dezimalkomma</translation>
    </message>
    <message>
        <source>expected the columns Series, Time and Value</source>
        <translation>erwartet die Spalten Series, Time und Value</translation>
    </message>
    <message>
        <source>expected 3 columns (Series, Time, Value), found %1</source>
        <translation>erwartet 3 Spalten (Series, Time, Value), gefunden %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the series&apos; unit (%2)</source>
        <translation>„%1“ ist nicht in der Einheit der Reihe (%2)</translation>
    </message>
    <message>
        <source>no time column (expected a header like &quot;TimeGenerated [UTC]&quot;)</source>
        <translation>keine Zeitspalte (erwartet eine Überschrift wie &quot;TimeGenerated [UTC]&quot;)</translation>
    </message>
    <message>
        <source>no numeric column</source>
        <translation>keine numerische Spalte</translation>
    </message>
    <message>
        <source>the export is in portal local time</source>
        <translation>der Export ist in der Ortszeit des Portals</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>delimiter %1%2; time column &quot;%3&quot; read as %4</source>
        <translation>Trennzeichen %1%2; Zeitspalte „%3“ gelesen als %4</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (expected %2)</source>
        <translation>„%1“ ist als Zeit nicht lesbar (erwartet %2)</translation>
    </message>
    <message>
        <source>read as UTF-16 (little-endian)</source>
        <translation>als UTF-16 (Little-Endian) gelesen</translation>
    </message>
    <message>
        <source>read as UTF-16 (big-endian)</source>
        <translation>als UTF-16 (Big-Endian) gelesen</translation>
    </message>
    <message>
        <source>not UTF-8: read as Windows-1252</source>
        <translation>kein UTF-8: als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>times without an offset read in %1</source>
        <translation>Zeiten ohne Offset in %1 gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the repeated hour at the end of daylight saving time: the first occurrence was taken unless the series had already passed it</source>
        <translation>
            <numerusform>%n Zeitpunkt in der wiederholten Stunde am Ende der Sommerzeit: das erste Vorkommen wurde genommen, außer die Reihe hatte es schon überschritten</numerusform>
            <numerusform>%n Zeitpunkte in der wiederholten Stunde am Ende der Sommerzeit: das erste Vorkommen wurde genommen, außer die Reihe hatte es schon überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the skipped hour at the start of daylight saving time: read with the offset before the change</source>
        <translation>
            <numerusform>%n Zeitpunkt in der übersprungenen Stunde zu Beginn der Sommerzeit: mit dem Offset vor der Umstellung gelesen</numerusform>
            <numerusform>%n Zeitpunkte in der übersprungenen Stunde zu Beginn der Sommerzeit: mit dem Offset vor der Umstellung gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series were not in time order and have been sorted</source>
        <translation>
            <numerusform>%n Reihe war nicht zeitlich geordnet und wurde sortiert</numerusform>
            <numerusform>%n Reihen waren nicht zeitlich geordnet und wurden sortiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap point(s) (null, NaN, None or empty)</source>
        <translation>
            <numerusform>%n Lückenpunkt (null, NaN, None oder leer)</numerusform>
            <numerusform>%n Lückenpunkte (null, NaN, None oder leer)</numerusform>
        </translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>a [time, &quot;value&quot;] pair</source>
        <translation>ein Paar [Zeit, &quot;Wert&quot;]</translation>
    </message>
    <message>
        <source>a time in seconds since 1970</source>
        <translation>eine Zeit in Sekunden seit 1970</translation>
    </message>
    <message>
        <source>resultType &quot;matrix&quot; or &quot;vector&quot; (a %1 result holds no series)</source>
        <translation>resultType &quot;matrix&quot; oder &quot;vector&quot; (ein %1-Ergebnis enthält keine Reihen)</translation>
    </message>
    <message>
        <source>&quot;metric&quot; before the values</source>
        <translation>&quot;metric&quot; vor den Werten</translation>
    </message>
    <message>
        <source>not a Prometheus API response (no &quot;status&quot;)</source>
        <translation>keine Antwort der Prometheus-API (kein &quot;status&quot;)</translation>
    </message>
    <message>
        <source>Prometheus reported %1: %2</source>
        <translation>Prometheus meldete %1: %2</translation>
    </message>
    <message>
        <source>a data point with a &quot;timeStamp&quot;</source>
        <translation>einen Datenpunkt mit &quot;timeStamp&quot;</translation>
    </message>
    <message>
        <source>Azure reported %1 for metric %2: %3</source>
        <translation>Azure meldete %1 für die Metrik %2: %3</translation>
    </message>
    <message>
        <source>no &quot;value&quot; array of metrics (expected az monitor metrics list output)</source>
        <translation>kein &quot;value&quot;-Array mit Metriken (erwartet Ausgabe von az monitor metrics list)</translation>
    </message>
    <message>
        <source>as many Values as Timestamps (%1 values, %2 timestamps)</source>
        <translation>gleich viele Values wie Timestamps (%1 Werte, %2 Zeitstempel)</translation>
    </message>
    <message>
        <source>CloudWatch status of %1 is %2: more data may exist</source>
        <translation>CloudWatch-Status von %1 ist %2: es gibt möglicherweise weitere Daten</translation>
    </message>
    <message>
        <source>the same Unit in every datapoint (found %1 and %2)</source>
        <translation>dieselbe Unit in jedem Datenpunkt (gefunden %1 und %2)</translation>
    </message>
    <message>
        <source>a datapoint with a &quot;Timestamp&quot;</source>
        <translation>einen Datenpunkt mit &quot;Timestamp&quot;</translation>
    </message>
    <message>
        <source>no Datapoints in the file</source>
        <translation>keine Datapoints in der Datei</translation>
    </message>
    <message>
        <source>no time column (expected a TimeGenerated or other ISO 8601 time field)</source>
        <translation>keine Zeitspalte (erwartet TimeGenerated oder ein anderes ISO-8601-Zeitfeld)</translation>
    </message>
    <message>
        <source>a row with a %1 value</source>
        <translation>eine Zeile mit einem %1-Wert</translation>
    </message>
    <message>
        <source>expected a validation_status (or status) column</source>
        <translation>erwartet eine Spalte validation_status (oder status)</translation>
    </message>
    <message>
        <source>expected the DVT header row (validation_name, ...)</source>
        <translation>erwartet die DVT-Kopfzeile (validation_name, ...)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected success or fail)</source>
        <translation>unbekannter Status „%1“ (erwartet success oder fail)</translation>
    </message>
    <message>
        <source>a DVT result with a validation_status</source>
        <translation>ein DVT-Ergebnis mit validation_status</translation>
    </message>
    <message>
        <source>pt-table-checksum times have no year: %1 assumed</source>
        <translation>pt-table-checksum-Zeiten haben kein Jahr: %1 angenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) differ</source>
        <translation>
            <numerusform>%n Block weicht ab</numerusform>
            <numerusform>%n Blöcke weichen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>no pt-table-checksum header (TS ERRORS DIFFS ROWS ...)</source>
        <translation>keine pt-table-checksum-Kopfzeile (TS ERRORS DIFFS ROWS ...)</translation>
    </message>
    <message>
        <source>no result rows after the pt-table-checksum header</source>
        <translation>keine Ergebniszeilen nach der pt-table-checksum-Kopfzeile</translation>
    </message>
    <message numerus="yes">
        <source>%n progress or warning line(s) skipped</source>
        <translation>
            <numerusform>%n Fortschritts- oder Warnzeile übersprungen</numerusform>
            <numerusform>%n Fortschritts- oder Warnzeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no TableStatistics array</source>
        <translation>kein TableStatistics-Array</translation>
    </message>
    <message>
        <source>database %1: migration state %2, latency %3 s, %4 incoming changes</source>
        <translation>Datenbank %1: Migrationsstatus %2, Latenz %3 s, %4 eingehende Änderungen</translation>
    </message>
    <message>
        <source>no properties.output array (expected Azure DMS task output)</source>
        <translation>kein properties.output-Array (erwartet Ausgabe einer Azure-DMS-Aufgabe)</translation>
    </message>
    <message>
        <source>no TableLevelOutput entries in properties.output</source>
        <translation>keine TableLevelOutput-Einträge in properties.output</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (%2)</source>
        <translation>„%1“ ist als Zeit nicht lesbar (%2)</translation>
    </message>
    <message>
        <source>a text of %1 bytes; the limit is %2 bytes per value</source>
        <translation>ein Text mit %1 Bytes; die Grenze liegt bei %2 Bytes pro Wert</translation>
    </message>
    <message>
        <source>more than %1 series in one file; the limit is %1</source>
        <translation>mehr als %1 Reihen in einer Datei; die Grenze liegt bei %1</translation>
    </message>
    <message>
        <source>a series name</source>
        <translation>ein Reihenname</translation>
    </message>
    <message>
        <source>a metric name</source>
        <translation>ein Metrikname</translation>
    </message>
    <message>
        <source>a series has %1 labels; the limit is %2</source>
        <translation>eine Reihe hat %1 Labels; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>a label name</source>
        <translation>ein Label-Name</translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation>Label „%1“</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a number (expected a number, or a number with a unit: %2)</source>
        <translation>„%1“ ist als Zahl nicht lesbar (erwartet eine Zahl oder eine Zahl mit Einheit: %2)</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3 characters</source>
        <translation>%1 ist %2 Bytes lang; die Grenze liegt bei %3 Zeichen</translation>
    </message>
    <message>
        <source>the metric name</source>
        <translation>der Metrikname</translation>
    </message>
    <message>
        <source>more than %1 labels in one series; the limit is %1</source>
        <translation>mehr als %1 Labels in einer Reihe; die Grenze liegt bei %1</translation>
    </message>
    <message>
        <source>Prometheus reported %1 (the file has no error text)</source>
        <translation>Prometheus meldete %1 (die Datei enthält keinen Fehlertext)</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>diesen Tag gibt es nicht</translation>
    </message>
    <message>
        <source>no such month</source>
        <translation>diesen Monat gibt es nicht</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>diese Uhrzeit gibt es nicht</translation>
    </message>
</context>
<context>
    <name>cutover::ImportDataCommand</name>
    <message>
        <source>Import monitoring data</source>
        <translation>Monitoring-Daten importieren</translation>
    </message>
</context>
<context>
    <name>cutover::Importer</name>
    <message>
        <source>Azure CLI metrics JSON (az monitor metrics list)</source>
        <translation>Azure-CLI-Metriken als JSON (az monitor metrics list)</translation>
    </message>
    <message>
        <source>Azure Monitor REST metrics JSON</source>
        <translation>Azure-Monitor-REST-Metriken als JSON</translation>
    </message>
    <message>
        <source>Log Analytics portal CSV export</source>
        <translation>CSV-Export aus dem Log-Analytics-Portal</translation>
    </message>
    <message>
        <source>Log Analytics CLI JSON (az monitor log-analytics query)</source>
        <translation>Log-Analytics-CLI-JSON (az monitor log-analytics query)</translation>
    </message>
    <message>
        <source>Prometheus query / query_range JSON</source>
        <translation>Prometheus-JSON von query / query_range</translation>
    </message>
    <message>
        <source>Grafana 7+ panel CSV (formatted, raw or for Excel)</source>
        <translation>Grafana-7+-Panel-CSV (formatiert, roh oder für Excel)</translation>
    </message>
    <message>
        <source>Grafana 6 CSV, series as columns</source>
        <translation>Grafana-6-CSV, Reihen als Spalten</translation>
    </message>
    <message>
        <source>Grafana 6 CSV, series as rows</source>
        <translation>Grafana-6-CSV, Reihen als Zeilen</translation>
    </message>
    <message>
        <source>AWS CloudWatch get-metric-data JSON</source>
        <translation>AWS-CloudWatch-JSON von get-metric-data</translation>
    </message>
    <message>
        <source>AWS CloudWatch get-metric-statistics JSON</source>
        <translation>AWS-CloudWatch-JSON von get-metric-statistics</translation>
    </message>
    <message>
        <source>CSV with a time column and numeric columns</source>
        <translation>CSV mit einer Zeitspalte und numerischen Spalten</translation>
    </message>
    <message>
        <source>Google Data Validation Tool CSV</source>
        <translation>CSV des Google Data Validation Tool</translation>
    </message>
    <message>
        <source>Google Data Validation Tool JSON lines</source>
        <translation>JSON Lines des Google Data Validation Tool</translation>
    </message>
    <message>
        <source>Percona pt-table-checksum output</source>
        <translation>Ausgabe von Percona pt-table-checksum</translation>
    </message>
    <message>
        <source>AWS DMS describe-table-statistics JSON</source>
        <translation>AWS-DMS-JSON von describe-table-statistics</translation>
    </message>
    <message>
        <source>Azure DMS task output JSON</source>
        <translation>Azure-DMS-Aufgabenausgabe als JSON</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekanntes Format „%1“ (erwartet eines von %2)</translation>
    </message>
    <message>
        <source>not a recognised monitoring or validation export (use --format to name the format)</source>
        <translation>kein erkannter Monitoring- oder Validierungsexport (Format mit --format angeben)</translation>
    </message>
    <message>
        <source>the file holds no data rows</source>
        <translation>die Datei enthält keine Datenzeilen</translation>
    </message>
    <message>
        <source>is a folder, expected an export file</source>
        <translation>ist ein Ordner, erwartet eine Exportdatei</translation>
    </message>
</context>
<context>
    <name>cutover::JsonCursor</name>
    <message>
        <source>unexpected end of the file (truncated JSON?); expected %1</source>
        <translation>unerwartetes Dateiende (abgeschnittenes JSON?); erwartet %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>a key or &apos;}&apos;</source>
        <translation>einen Schlüssel oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>a value or &apos;]&apos;</source>
        <translation>einen Wert oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>a value after &apos;,&apos;</source>
        <translation>einen Wert nach &apos;,&apos;</translation>
    </message>
    <message>
        <source>an object &apos;{&apos;</source>
        <translation>ein Objekt &apos;{&apos;</translation>
    </message>
    <message>
        <source>a quoted key</source>
        <translation>einen Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>an array &apos;[&apos;</source>
        <translation>ein Array &apos;[&apos;</translation>
    </message>
    <message>
        <source>a closing &apos;&quot;&apos; (control character inside a string)</source>
        <translation>ein schließendes &apos;&quot;&apos; (Steuerzeichen in einer Zeichenkette)</translation>
    </message>
    <message>
        <source>four hex digits after \u</source>
        <translation>vier Hexziffern nach \u</translation>
    </message>
    <message>
        <source>a valid escape after &apos;\&apos;</source>
        <translation>eine gültige Escape-Sequenz nach &apos;\&apos;</translation>
    </message>
    <message>
        <source>unexpected end of the file inside a string (truncated JSON?)</source>
        <translation>unerwartetes Dateiende in einer Zeichenkette (abgeschnittenes JSON?)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number, got &quot;%1&quot;</source>
        <translation>eine Zahl, erhalten „%1“</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>eine Zahl oder null</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>einen JSON-Wert</translation>
    </message>
    <message>
        <source>the end of the file after the JSON value</source>
        <translation>das Dateiende nach dem JSON-Wert</translation>
    </message>
</context>
<context>
    <name>cutover::PlanAnalysis</name>
    <message>
        <source>the simulation did not return a result</source>
        <translation>die Simulation hat kein Ergebnis geliefert</translation>
    </message>
</context>
<context>
    <name>cutover::RegularFile</name>
    <message>
        <source>is not a regular file (%1)</source>
        <translation>ist keine reguläre Datei (%1)</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>eine unbekannte Dateiart</translation>
    </message>
    <message>
        <source>a /proc or /sys pseudo-file</source>
        <translation>eine Pseudodatei unter /proc oder /sys</translation>
    </message>
</context>
<context>
    <name>cutover::ReviewCommand</name>
    <message>
        <source>a baseline needs a name</source>
        <translation>ein Basisplan braucht einen Namen</translation>
    </message>
    <message>
        <source>the plan already has a baseline named “%1”</source>
        <translation>der Plan hat bereits einen Basisplan namens „%1“</translation>
    </message>
    <message>
        <source>Take baseline “%1”</source>
        <translation>Basisplan „%1“ erstellen</translation>
    </message>
    <message>
        <source>approve the plan as of a baseline (Plan &gt; Approve)</source>
        <translation>geben Sie den Plan auf Grundlage eines Basisplans frei (Plan &gt; Freigeben)</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Status auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Approve as of “%1”</source>
        <translation>Auf Grundlage von „%1“ freigeben</translation>
    </message>
</context>
<context>
    <name>cutover::RunbookModel</name>
    <message>
        <source>No schedule: %1</source>
        <translation>Kein Zeitplan: %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>%1, %2 after the plan start (latest: %3)</source>
        <translation>%1, %2 nach dem Planstart (spätestens: %3)</translation>
    </message>
    <message>
        <source>this column is computed from the schedule</source>
        <translation>diese Spalte wird aus dem Zeitplan berechnet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Minutes, or e.g. 1h30, 1:30, 1.5h</source>
        <translation>Minuten oder z. B. 1h30, 1:30, 1.5h</translation>
    </message>
    <message>
        <source>Task IDs with type and lag, e.g. &quot;freeze FS+5m; sync-ok SS&quot;</source>
        <translation>Aufgaben-IDs mit Typ und Versatz, z. B. „freeze FS+5m; sync-ok SS“</translation>
    </message>
    <message>
        <source>Computed from the schedule at likely durations</source>
        <translation>Aus dem Zeitplan mit wahrscheinlichen Dauern berechnet</translation>
    </message>
    <message>
        <source>Early start</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <source>Early finish</source>
        <translation>Frühestes Ende</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>cutover::SectionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cutover::SourceText</name>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>UTF-16 text with an odd number of bytes (the file is truncated)</source>
        <translation>UTF-16-Text mit ungerader Byteanzahl (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>binary data (byte 0x%1), not a text export</source>
        <translation>Binärdaten (Byte 0x%1), kein Textexport</translation>
    </message>
    <message>
        <source>the file contains only white space</source>
        <translation>die Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
</context>
<context>
    <name>cutover::TimeLayout</name>
    <message>
        <source>a date and time</source>
        <translation>ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>Sekunden seit 1970</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>Millisekunden seit 1970</translation>
    </message>
</context>
<context>
    <name>cutover::charts::LagQChart</name>
    <message>
        <source>Monitoring: %1</source>
        <translation>Monitoring: %1</translation>
    </message>
    <message>
        <source>No rollback criterion refers to these series</source>
        <translation>Kein Rollback-Kriterium bezieht sich auf diese Reihen</translation>
    </message>
    <message>
        <source>No criterion breached</source>
        <translation>Kein Kriterium verletzt</translation>
    </message>
    <message>
        <source>  ·  times in %1</source>
        <translation>  ·  Zeitzone %1</translation>
    </message>
    <message>
        <source>No monitoring data imported.
Import a lag export (Prometheus, CloudWatch, Azure Monitor, Grafana CSV, ...) to see it here.</source>
        <translation>Keine Monitoring-Daten importiert.
Importieren Sie einen Verzögerungsexport (Prometheus, CloudWatch, Azure Monitor, Grafana-CSV, ...), um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Breached (hatched)</source>
        <translation>Verletzt (schraffiert)</translation>
    </message>
    <message>
        <source>Breached stretches hatched: %1</source>
        <translation>Verletzte Abschnitte schraffiert: %1</translation>
    </message>
    <message>
        <source>  ·  %1 of %2 series shown</source>
        <translation>  ·  %1 von %2 Reihen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>No series selected: %n series imported, none chosen to be drawn.</source>
        <translation>
            <numerusform>Keine Reihe gewählt: %n Reihe importiert, keine zum Zeichnen ausgewählt.</numerusform>
            <numerusform>Keine Reihe gewählt: %n Reihen importiert, keine zum Zeichnen ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::charts::ValidationTableModel</name>
    <message>
        <source>✔ passed</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>✖ FAILED</source>
        <translation>✖ FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
</context>
<context>
    <name>cutover::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ChangesView</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Changes since &amp;baseline:</source>
        <translation>Änderungen seit &amp;Basisplan:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Downtime effect</source>
        <translation>Wirkung auf die Ausfallzeit</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Änderungen seit dem Basisplan</translation>
    </message>
    <message>
        <source>The plan has no baseline yet: take one (Plan &gt; Take Baseline…) to see what changes.</source>
        <translation>Der Plan hat noch keinen Basisplan: Erstellen Sie einen (Plan &gt; Basisplan erstellen…), um zu sehen, was sich ändert.</translation>
    </message>
    <message>
        <source>Baseline “%1”, taken %2. Runbook changes come biggest downtime effect first (each change applied alone to the baseline).</source>
        <translation>Basisplan „%1“, erstellt am %2. Die Runbook-Änderungen sind nach ihrer Wirkung auf die Ausfallzeit geordnet, die größte zuerst (jede Änderung allein auf den Basisplan angewandt).</translation>
    </message>
    <message>
        <source>No changes since baseline “%1”.</source>
        <translation>Keine Änderungen seit dem Basisplan „%1“.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Downtime (likely)</source>
        <translation>Ausfallzeit (wahrscheinlich)</translation>
    </message>
    <message>
        <source>Downtime (P80)</source>
        <translation>Ausfallzeit (P80)</translation>
    </message>
    <message>
        <source>Probability of fitting the window</source>
        <translation>Wahrscheinlichkeit, ins Fenster zu passen</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Rollback-Frist (P80)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%2 „%3“ %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rollback-Plan</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ChartPage</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Diagramm als SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>cutover::gui::FileActions</name>
    <message>
        <source>Plans (*.cutover *.json);;Cutover plans (*.cutover);;JSON plans (*.json);;All files (*)</source>
        <translation>Pläne (*.cutover *.json);;Cutover-Pläne (*.cutover);;JSON-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>From the &amp;online-migration template</source>
        <translation>Aus der Vorlage &amp;Online-Migration</translation>
    </message>
    <message>
        <source>&amp;Empty plan</source>
        <translation>&amp;Leerer Plan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Import JSON plan</source>
        <translation>JSON-Plan importieren</translation>
    </message>
    <message>
        <source>JSON plans (*.json);;All files (*)</source>
        <translation>JSON-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export JSON plan</source>
        <translation>JSON-Plan exportieren</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>JSON-Pläne (*.json)</translation>
    </message>
    <message>
        <source>(no recent plans)</source>
        <translation>(keine zuletzt geöffneten Pläne)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>diesen Plan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing it?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan in Benutzung</translation>
    </message>
    <message>
        <source>%1 is already open in %2.

Open it read-only? You can still save a copy under another name.</source>
        <translation>%1 ist bereits anderswo geöffnet (%2).

Schreibgeschützt öffnen? Sie können weiterhin eine Kopie unter anderem Namen speichern.</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warnings: %1</source>
        <translation>
            <numerusform>Mit %n Warnung geöffnet: %1</numerusform>
            <numerusform>Mit %n Warnungen geöffnet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New cutover plan</source>
        <translation>Neuer Cutover-Plan</translation>
    </message>
    <message>
        <source>Cannot create plan</source>
        <translation>Plan kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>Cutover plans (*.cutover)</source>
        <translation>Cutover-Pläne (*.cutover)</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is open in %2; save under another name.</source>
        <translation>%1 ist geöffnet in %2; speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot export plan</source>
        <translation>Plan kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot recover plan</source>
        <translation>Plan kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>Ungespeicherte Änderungen vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program (for example a command-line import) since it was opened here.

Overwrite it with this version, losing those changes, or save this version under another name?</source>
        <translation>%1 wurde seit dem Öffnen hier von einem anderen Programm auf dem Datenträger geändert (zum Beispiel durch einen Import auf der Kommandozeile).

Mit dieser Version überschreiben und diese Änderungen verlieren, oder diese Version unter anderem Namen speichern?</translation>
    </message>
    <message>
        <source>Plan changed on disk</source>
        <translation>Plan auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>MS Project XML and runbooks (*.xml *.csv *.tsv);;MS Project XML (*.xml);;CSV runbooks (*.csv);;TSV runbooks (*.tsv);;All files (*)</source>
        <translation>MS Project XML und Runbooks (*.xml *.csv *.tsv);;MS Project XML (*.xml);;CSV-Runbooks (*.csv);;TSV-Runbooks (*.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV runbook (*.csv)</source>
        <translation>CSV-Runbook (*.csv)</translation>
    </message>
    <message>
        <source>TSV runbook (*.tsv)</source>
        <translation>TSV-Runbook (*.tsv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Import &amp;from…</source>
        <translation>Importieren &amp;aus…</translation>
    </message>
    <message>
        <source>Export &amp;to…</source>
        <translation>Exportieren &amp;nach…</translation>
    </message>
    <message>
        <source>Import plan from</source>
        <translation>Plan importieren aus</translation>
    </message>
    <message>
        <source>Export plan to</source>
        <translation>Plan exportieren nach</translation>
    </message>
    <message>
        <source>Cannot import plan</source>
        <translation>Plan kann nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n warnings: %1</source>
        <translation>
            <numerusform>Mit %n Warnung importiert: %1</numerusform>
            <numerusform>Mit %n Warnungen importiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Exported %1; left out: %2</source>
        <translation>%1 exportiert; weggelassen: %2</translation>
    </message>
</context>
<context>
    <name>cutover::gui::HypercarePage</name>
    <message>
        <source>SLA targets</source>
        <translation>SLA-Ziele</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>e.g. 72h or 3d</source>
        <translation>z. B. 72h oder 3d</translation>
    </message>
    <message>
        <source>How long hypercare lasts after go-live</source>
        <translation>Wie lange die Hypercare nach dem Go-live dauert</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Duration: cannot read &quot;%1&quot; (expected e.g. 72, 72h or 3d)</source>
        <translation>Dauer: „%1“ ist nicht lesbar (erwartet z. B. 72, 72h oder 3d)</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ImportActions</name>
    <message>
        <source>Import &amp;monitoring data…</source>
        <translation>&amp;Monitoring-Daten importieren…</translation>
    </message>
    <message>
        <source>Import monitoring series or validation results from export files</source>
        <translation>Monitoring-Reihen oder Validierungsergebnisse aus Exportdateien importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import monitoring data</source>
        <translation>Monitoring-Daten importieren</translation>
    </message>
    <message>
        <source>Monitoring and validation exports (*.csv *.json *.txt *.tsv *.log);;All files (*)</source>
        <translation>Monitoring- und Validierungsexporte (*.csv *.json *.txt *.tsv *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The plan is open read-only; nothing was imported.</source>
        <translation>Der Plan ist schreibgeschützt geöffnet; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more under Show Details.</source>
        <translation>
            <numerusform>… und %n weiterer Hinweis unter Details.</numerusform>
            <numerusform>… und %n weitere Hinweise unter Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::ImportDialog</name>
    <message>
        <source>How the CSV is read</source>
        <translation>Wie die CSV gelesen wird</translation>
    </message>
    <message>
        <source>Decimal comma (1,5 means one and a half)</source>
        <translation>Dezimalkomma (1,5 heißt eineinhalb)</translation>
    </message>
    <message>
        <source>Import monitoring data</source>
        <translation>Monitoring-Daten importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>(not recognised: choose a format)</source>
        <translation>(nicht erkannt: Format wählen)</translation>
    </message>
    <message>
        <source>Times written without a UTC offset are read in this zone</source>
        <translation>Zeiten ohne UTC-Versatz werden in dieser Zone gelesen</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>&amp;Zeitspalte:</translation>
    </message>
    <message>
        <source>&amp;Value columns:</source>
        <translation>&amp;Wertspalten:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Time &amp;layout:</source>
        <translation>Zeit&amp;format:</translation>
    </message>
    <message>
        <source>&amp;Format of the selected file:</source>
        <translation>&amp;Format der gewählten Datei:</translation>
    </message>
    <message>
        <source>Time &amp;zone for times without offset:</source>
        <translation>&amp;Zeitzone für Zeiten ohne Versatz:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This file does not look like any export Cutover Planner reads. Choose its format above, or cancel.</source>
        <translation>Diese Datei sieht nach keinem Export aus, den Cutover Planner liest. Format oben wählen oder abbrechen.</translation>
    </message>
    <message>
        <source>The first lines of the file as written:</source>
        <translation>Die ersten Zeilen der Datei, wie sie dastehen:</translation>
    </message>
    <message>
        <source>Cannot be read this way: %1</source>
        <translation>So nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time as written</source>
        <translation>Zeit wie geschrieben</translation>
    </message>
    <message>
        <source>Read as (UTC)</source>
        <translation>Gelesen als (UTC)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message numerus="yes">
        <source>Rows shown as they will be imported: %n.</source>
        <translation>
            <numerusform>%n Zeile, wie sie importiert wird.</numerusform>
            <numerusform>Die ersten %n Zeilen, wie sie importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Times this layout cannot read: %n.</source>
        <translation>
            <numerusform>%n Zeit ist in diesem Format nicht lesbar.</numerusform>
            <numerusform>%n Zeiten sind in diesem Format nicht lesbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::MainWindow</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>Go/no-go decisions</source>
        <translation>Go/No-Go-Entscheidungen</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Rollback &amp; criteria</source>
        <translation>Rollback &amp; Kriterien</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Hypercare</source>
        <translation>Hypercare</translation>
    </message>
    <message>
        <source>Plan areas</source>
        <translation>Planbereiche</translation>
    </message>
    <message>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;geöffneter Plan&gt;</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run&amp;book</source>
        <translation>Run&amp;book</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cutover Planner</source>
        <translation>Ü&amp;ber Cutover Planner</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>an unsaved new plan</source>
        <translation>einem ungespeicherten neuen Plan</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Cutover Planner did not close properly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Cutover Planner wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>About Cutover Planner</source>
        <translation>Über Cutover Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cutover Planner %1&lt;/h3&gt;&lt;p&gt;Plan, simulate and report online-migration cutovers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cutover Planner %1&lt;/h3&gt;&lt;p&gt;Cutover von Online-Migrationen planen, simulieren und berichten.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the chart on screen as a PNG or SVG image</source>
        <translation>Das angezeigte Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Dropped files are neither plans nor exports Cutover Planner can import.</source>
        <translation>Die abgelegten Dateien sind weder Pläne noch Exporte, die Cutover Planner importieren kann.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>This plan was approved as of baseline “%1”. The edit returned it to In review; it needs a new approval (Plan &gt; Approve). Undo takes the edit back.</source>
        <translation>Dieser Plan wurde auf Grundlage des Basisplans „%1“ freigegeben. Die Bearbeitung hat ihn auf „In Prüfung“ zurückgesetzt; er braucht eine neue Freigabe (Plan &gt; Freigeben). Mit „Rückgängig“ nehmen Sie die Bearbeitung zurück.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>P&amp;räsentieren</translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast, for the review meeting (Esc leaves)</source>
        <translation>Vollbild, große Schrift, hoher Kontrast, für die Review-Besprechung (Esc beendet)</translation>
    </message>
</context>
<context>
    <name>cutover::gui::MonitoringPage</name>
    <message>
        <source>No monitoring data imported yet. Use File &gt; Import monitoring data… or drop export files (Prometheus, Grafana, CloudWatch, Azure Monitor, Log Analytics, CSV) on the window.</source>
        <translation>Noch keine Monitoring-Daten importiert. Datei &gt; Monitoring-Daten importieren… wählen oder Exportdateien (Prometheus, Grafana, CloudWatch, Azure Monitor, Log Analytics, CSV) auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import monitoring or validation exports</source>
        <translation>Monitoring- oder Validierungsexporte importieren</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Whole range</source>
        <translation>&amp;Ganzer Zeitraum</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Vergrößern (+ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (− or Ctrl+wheel)</source>
        <translation>Verkleinern (− oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Show all imported data (Home)</source>
        <translation>Alle importierten Daten zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Lag chart</source>
        <translation>Verzögerungsdiagramm</translation>
    </message>
    <message>
        <source>Criteria board</source>
        <translation>Kriterientafel</translation>
    </message>
</context>
<context>
    <name>cutover::gui::OverviewPage</name>
    <message>
        <source>e.g. 2026-12-05 22:00, in the plan&apos;s time zone</source>
        <translation>z. B. 2026-12-05 22:00, in der Zeitzone des Plans</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Window &amp;opens:</source>
        <translation>Fenster &amp;öffnet:</translation>
    </message>
    <message>
        <source>Window &amp;closes:</source>
        <translation>Fenster &amp;schließt:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Schedule (likely durations)</source>
        <translation>Zeitplan (wahrscheinliche Dauern)</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Geplanter Beginn:</translation>
    </message>
    <message>
        <source>Planned finish:</source>
        <translation>Geplantes Ende:</translation>
    </message>
    <message>
        <source>Maintenance window:</source>
        <translation>Wartungsfenster:</translation>
    </message>
    <message>
        <source>Downtime:</source>
        <translation>Ausfallzeit:</translation>
    </message>
    <message>
        <source>From the start of the task marked freeze-start to the finish of the task marked traffic-switched</source>
        <translation>Vom Beginn der mit freeze-start markierten Aufgabe bis zum Ende der mit traffic-switched markierten Aufgabe</translation>
    </message>
    <message>
        <source>Fits the window:</source>
        <translation>Passt ins Fenster:</translation>
    </message>
    <message>
        <source>Critical path:</source>
        <translation>Kritischer Pfad:</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Rollback takes:</source>
        <translation>Rollback dauert:</translation>
    </message>
    <message>
        <source>Rollback deadline:</source>
        <translation>Rollback-Frist:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Reserve:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Verantwortliche:</translation>
    </message>
    <message>
        <source>Open checklist items:</source>
        <translation>Offene Checklistenpunkte:</translation>
    </message>
    <message>
        <source>Rollback criteria:</source>
        <translation>Rollback-Kriterien:</translation>
    </message>
    <message>
        <source>Gate decisions:</source>
        <translation>Gate-Entscheidungen:</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation>Zeitzone: „%1“ ist keine bekannte IANA-Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>Name: a plan needs a name</source>
        <translation>Name: ein Plan braucht einen Namen</translation>
    </message>
    <message>
        <source>start: a plan needs a start time</source>
        <translation>Start: ein Plan braucht eine Startzeit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (%2 after the start)</source>
        <translation>%1 (%2 nach dem Start)</translation>
    </message>
    <message>
        <source>needs tasks marked freeze-start and traffic-switched</source>
        <translation>braucht Aufgaben mit den Markierungen freeze-start und traffic-switched</translation>
    </message>
    <message>
        <source>no rollback steps planned</source>
        <translation>keine Rollback-Schritte geplant</translation>
    </message>
    <message>
        <source>needs a maintenance window</source>
        <translation>braucht ein Wartungsfenster</translation>
    </message>
    <message>
        <source>%1 (%2 done), %3 rollback steps</source>
        <translation>%1 (%2 erledigt), %3 Rollback-Schritte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2 rollback, %3 hold, %4 warn</source>
        <translation>%1: %2 Rollback, %3 Halt, %4 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>; %n manual checks breached</source>
        <translation>
            <numerusform>; %n manuelle Prüfung verletzt</numerusform>
            <numerusform>; %n manuelle Prüfungen verletzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n manual checks unanswered</source>
        <translation>
            <numerusform>; %n manuelle Prüfung unbeantwortet</numerusform>
            <numerusform>; %n manuelle Prüfungen unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gates, %2 decisions recorded (%3 go, %4 pending)</source>
        <translation>%1 Gates, %2 Entscheidungen erfasst (%3 Go, %4 ausstehend)</translation>
    </message>
    <message>
        <source>The window&apos;s end minus the rollback duration (likely, and P80 from the simulation): the latest moment a rollback can start</source>
        <translation>Ende des Fensters minus die Rollback-Dauer (wahrscheinlich und P80 aus der Simulation): der späteste Zeitpunkt, zu dem ein Rollback beginnen kann</translation>
    </message>
    <message>
        <source>From the planned finish of the task marked point-of-no-return (without one, traffic-switched) to the rollback deadline; likely and P80</source>
        <translation>Vom geplanten Ende der Aufgabe mit der Markierung point-of-no-return (ohne eine solche: traffic-switched) bis zur Rollback-Frist; wahrscheinlich und P80</translation>
    </message>
    <message>
        <source>%1 (likely), %2 (P80)</source>
        <translation>%1 (wahrscheinlich), %2 (P80)</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (wahrscheinlich)</translation>
    </message>
    <message>
        <source>; %1 (P80)</source>
        <translation>; %1 (P80)</translation>
    </message>
    <message>
        <source>; P80: run the simulation</source>
        <translation>; P80: Simulation ausführen</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, ab %1</translation>
    </message>
</context>
<context>
    <name>cutover::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>cutover::gui::PresenterWindow</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Presenting %1</source>
        <translation>Präsentation: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Rollback &amp; criteria</source>
        <translation>Rollback &amp; Kriterien</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Go / no-go</source>
        <translation>Go / No-Go</translation>
    </message>
    <message>
        <source>Changes since the last baseline</source>
        <translation>Änderungen seit dem letzten Basisplan</translation>
    </message>
    <message>
        <source>%1   %2 / %3</source>
        <translation>%1   %2 / %3</translation>
    </message>
    <message>
        <source>← → or Page Up / Page Down: agenda · Esc: leave · Ctrl+U: %1</source>
        <translation>← → oder Bild auf / Bild ab: Agenda · Esc: beenden · Strg+U: %1</translation>
    </message>
    <message>
        <source>lock (decisions are recorded now)</source>
        <translation>sperren (Entscheidungen werden jetzt erfasst)</translation>
    </message>
    <message>
        <source>unlock to record decisions</source>
        <translation>entsperren, um Entscheidungen zu erfassen</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;No-go</source>
        <translation>&amp;No-Go</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halt</translation>
    </message>
    <message>
        <source>Why? (Enter records, Esc cancels)</source>
        <translation>Warum? (Eingabetaste erfasst, Esc bricht ab)</translation>
    </message>
    <message>
        <source>%1 at “%2” — the rationale:</source>
        <translation>%1 am Gate „%2“ – die Begründung:</translation>
    </message>
    <message>
        <source>Record %1 at gate “%2”</source>
        <translation>%1 am Gate „%2“ erfassen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>%1 likely, %2 at P80</source>
        <translation>%1 wahrscheinlich, %2 bei P80</translation>
    </message>
    <message>
        <source>Fits the window</source>
        <translation>Passt ins Fenster</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Rollback-Frist (P80)</translation>
    </message>
    <message>
        <source>Margin to it (P80)</source>
        <translation>Reserve bis dahin (P80)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rollback takes</source>
        <translation>Rollback dauert</translation>
    </message>
    <message>
        <source>Start it by</source>
        <translation>Spätester Beginn</translation>
    </message>
    <message>
        <source>BREACHED</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no checklist</source>
        <translation>keine Checkliste</translation>
    </message>
    <message>
        <source>The plan has no gates.</source>
        <translation>Der Plan hat keine Gates.</translation>
    </message>
    <message>
        <source>%1 of %2 items open</source>
        <translation>%1 von %2 Prüfungen offen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>%1 breached, %2 ok, %3 without data</source>
        <translation>%1 verletzt, %2 ok, %3 ohne Daten</translation>
    </message>
    <message>
        <source>Margin (P80)</source>
        <translation>Reserve (P80)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>then: downtime P80 %1, fit %2, deadline P80 %3</source>
        <translation>damals: Ausfallzeit P80 %1, Passung %2, Frist P80 %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1, %2)</source>
        <translation>Probleme (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>This error withholds the verdict: no fit, downtime or margin is shown until it is fixed.</source>
        <translation>Dieser Fehler verhindert die Bewertung: Bis er behoben ist, werden weder Passung ins Fenster noch Ausfallzeit oder Reserve angezeigt.</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Keine Bewertung: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>The figures are computed: warnings do not withhold the verdict.</source>
        <translation>Die Kennzahlen sind berechnet: Warnungen verhindern die Bewertung nicht.</translation>
    </message>
    <message>
        <source>The figures are computed: these errors do not withhold the verdict.</source>
        <translation>Die Kennzahlen sind berechnet: Diese Fehler verhindern die Bewertung nicht.</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ReportActions</name>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the stakeholder report</source>
        <translation>Den Stakeholder-Bericht drucken</translation>
    </message>
    <message>
        <source>Preparing the report (simulating %1 runs)…</source>
        <translation>Bericht wird vorbereitet (%1 Läufe werden simuliert)…</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Bericht abgebrochen.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Der Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>The report could not be drawn: %1</source>
        <translation>Der Bericht konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Das PDF konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Der Bericht konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Report sent to %1</source>
        <translation>Bericht gesendet an %1</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Save the stakeholder report as a PDF file</source>
        <translation>Den Stakeholder-Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Show the stakeholder report page by page before printing</source>
        <translation>Den Stakeholder-Bericht vor dem Drucken Seite für Seite zeigen</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ReportDialog</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ReviewActions</name>
    <message>
        <source>Take &amp;Baseline…</source>
        <translation>&amp;Basisplan erstellen…</translation>
    </message>
    <message>
        <source>Keep a named, read-only snapshot of the runbook, rollback plan, criteria and figures</source>
        <translation>Einen benannten, schreibgeschützten Stand von Runbook, Rollback-Plan, Kriterien und Kennzahlen festhalten</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Approve the plan as of one of its baselines</source>
        <translation>Den Plan auf Grundlage eines seiner Basispläne freigeben</translation>
    </message>
    <message>
        <source>&amp;Changes Since Baseline…</source>
        <translation>Ä&amp;nderungen seit Basisplan…</translation>
    </message>
    <message>
        <source>What changed since a baseline, biggest downtime effects first</source>
        <translation>Was sich seit einem Basisplan geändert hat, die größten Wirkungen auf die Ausfallzeit zuerst</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>No baseline taken: %1</source>
        <translation>Kein Basisplan erstellt: %1</translation>
    </message>
    <message>
        <source>Baseline “%1” taken</source>
        <translation>Basisplan „%1“ erstellt</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>Approved by %1 as of “%2”</source>
        <translation>Freigegeben von %1 auf Grundlage von „%2“</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>Take Baseline</source>
        <translation>Basisplan erstellen</translation>
    </message>
    <message>
        <source>Baseline &amp;name:</source>
        <translation>&amp;Name des Basisplans:</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>No baseline was taken: a baseline needs a name that the plan does not use yet.</source>
        <translation>Es wurde kein Basisplan erstellt: Ein Basisplan braucht einen Namen, den der Plan noch nicht verwendet.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Take a baseline first: an approval is of a baseline.</source>
        <translation>Erstellen Sie zuerst einen Basisplan: Eine Freigabe bezieht sich immer auf einen Basisplan.</translation>
    </message>
    <message>
        <source>Approve as of &amp;baseline:</source>
        <translation>&amp;Basisplan für die Freigabe:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Freigegeben &amp;von:</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Changes Since Baseline</source>
        <translation>Änderungen seit Basisplan</translation>
    </message>
</context>
<context>
    <name>cutover::gui::RollbackPage</name>
    <message>
        <source>Rollback steps</source>
        <translation>Rollback-Schritte</translation>
    </message>
    <message>
        <source>Rollback criteria</source>
        <translation>Rollback-Kriterien</translation>
    </message>
    <message>
        <source>Set a maintenance window to get the rollback deadline.</source>
        <translation>Legen Sie ein Wartungsfenster fest, um die Rollback-Frist zu erhalten.</translation>
    </message>
    <message>
        <source>Rollback deadline and margin %1.</source>
        <translation>Rollback-Frist und Reserve %1.</translation>
    </message>
    <message>
        <source>No rollback steps planned: there is no rollback deadline.</source>
        <translation>Keine Rollback-Schritte geplant: es gibt keine Rollback-Frist.</translation>
    </message>
    <message>
        <source>A rollback takes %1 (likely), %2 (P80).</source>
        <translation>Ein Rollback dauert %1 (wahrscheinlich), %2 (P80).</translation>
    </message>
    <message>
        <source>A rollback takes %1 (likely).</source>
        <translation>Ein Rollback dauert %1 (wahrscheinlich).</translation>
    </message>
    <message>
        <source>It must start by %1 (likely)</source>
        <translation>Er muss bis %1 beginnen (wahrscheinlich)</translation>
    </message>
    <message>
        <source> or by %1 (P80)</source>
        <translation> oder bis %1 (P80)</translation>
    </message>
    <message>
        <source> to finish inside the window.</source>
        <translation>, um innerhalb des Fensters fertig zu werden.</translation>
    </message>
    <message>
        <source>Margin from %1: %2 (likely)</source>
        <translation>Reserve ab %1: %2 (wahrscheinlich)</translation>
    </message>
    <message>
        <source>, %1 (P80)</source>
        <translation>, %1 (P80)</translation>
    </message>
    <message>
        <source>P80 figures need a current simulation (Simulation page).</source>
        <translation>P80-Werte brauchen eine aktuelle Simulation (Seite Simulation).</translation>
    </message>
</context>
<context>
    <name>cutover::gui::RunbookView</name>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Move to phase</source>
        <translation>In Phase verschieben</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add a task below the current one</source>
        <translation>Eine Aufgabe unter der aktuellen hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected tasks</source>
        <translation>Die ausgewählten Aufgaben duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected tasks</source>
        <translation>Die ausgewählten Aufgaben löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected tasks up</source>
        <translation>Die ausgewählten Aufgaben nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected tasks down</source>
        <translation>Die ausgewählten Aufgaben nach unten verschieben</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste cells, or rows with a header line, from a spreadsheet</source>
        <translation>Zellen oder Zeilen mit Kopfzeile aus einer Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <source>Move the selected tasks to another phase</source>
        <translation>Die ausgewählten Aufgaben in eine andere Phase verschieben</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>The plan cannot be scheduled: %1</source>
        <translation>Der Plan kann nicht terminiert werden: %1</translation>
    </message>
    <message>
        <source>(the plan has no phases)</source>
        <translation>(der Plan hat keine Phasen)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>paste into an editable column (not a computed one)</source>
        <translation>in eine bearbeitbare Spalte einfügen (keine berechnete)</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows</source>
        <translation>
            <numerusform>%n Zeile eingefügt</numerusform>
            <numerusform>%n Zeilen eingefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Aufgaben löschen</translation>
    </message>
    <message>
        <source>Tasks that wait on %1: %2.</source>
        <translation>Aufgaben, die auf %1 warten: %2.</translation>
    </message>
    <message>
        <source>Reconnect them to the deleted tasks&apos; predecessors, so the order of the plan stays as it was? Just deleting drops their links, and they may start too early.</source>
        <translation>Sollen sie mit den Vorgängern der gelöschten Aufgaben verbunden werden, damit die Reihenfolge des Plans erhalten bleibt? Beim bloßen Löschen fallen ihre Verknüpfungen weg, und sie könnten zu früh beginnen.</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Just delete</source>
        <translation>&amp;Nur löschen</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe gelöscht</numerusform>
            <numerusform>%n Aufgaben gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; now follows %2</source>
        <translation>„%1“ folgt jetzt auf %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n tasks no longer wait on it</source>
        <translation>
            <numerusform>; %n Aufgabe wartet nicht mehr auf sie</numerusform>
            <numerusform>; %n Aufgaben warten nicht mehr auf sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tasks no longer wait on them</source>
        <translation>
            <numerusform>; %n Aufgabe wartet nicht mehr auf sie</numerusform>
            <numerusform>; %n Aufgaben warten nicht mehr auf sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::SectionTableView</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add a row below the current one</source>
        <translation>Eine Zeile unter der aktuellen hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Die ausgewählten Zeilen löschen</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Zeilen löschen</translation>
    </message>
</context>
<context>
    <name>cutover::gui::SimulationPage</name>
    <message>
        <source>Simulation failed: %1</source>
        <translation>Simulation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The plan is not simulated (%1). Fix it in the Problems panel.</source>
        <translation>Der Plan ist nicht simuliert (%1). Beheben Sie den Fehler im Bereich „Probleme“.</translation>
    </message>
</context>
<context>
    <name>cutover::gui::TimelinePage</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Vergrößern (+ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (− or Ctrl+wheel)</source>
        <translation>Verkleinern (− oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>&amp;Whole plan</source>
        <translation>&amp;Ganzer Plan</translation>
    </message>
    <message>
        <source>Show the whole plan (Home)</source>
        <translation>Den ganzen Plan zeigen (Pos1)</translation>
    </message>
    <message>
        <source>P80 &amp;ghost bars</source>
        <translation>P80-&amp;Schattenbalken</translation>
    </message>
    <message>
        <source>Show how far each task may run at P80 (80 % of the simulated runs finish by the end of its lighter bar)</source>
        <translation>Zeigt, wie lange jede Aufgabe bei P80 dauern kann (80 % der simulierten Läufe enden bis zum Ende ihres helleren Balkens)</translation>
    </message>
    <message>
        <source>Run the simulation first</source>
        <translation>Zuerst die Simulation ausführen</translation>
    </message>
    <message>
        <source>Timeline %1. Fix it in the Problems panel.</source>
        <translation>Zeitachse %1. Beheben Sie den Fehler im Bereich „Probleme“.</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ValidationPage</name>
    <message>
        <source>No validation results imported yet. Use File &gt; Import monitoring data… with a Data Validation Tool, pt-table-checksum, AWS DMS or Azure DMS export.</source>
        <translation>Noch keine Validierungsergebnisse importiert. Datei &gt; Monitoring-Daten importieren… mit einem Export von Data Validation Tool, pt-table-checksum, AWS DMS oder Azure DMS wählen.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import monitoring or validation exports</source>
        <translation>Monitoring- oder Validierungsexporte importieren</translation>
    </message>
</context>
<context>
    <name>cutover::views::ChartWidget</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Diagramm als SVG exportieren…</translation>
    </message>
</context>
<context>
    <name>cutover::views::CriteriaBoardView</name>
    <message>
        <source>Rollback criteria</source>
        <translation>Rollback-Kriterien</translation>
    </message>
</context>
<context>
    <name>cutover::views::MonitoringView</name>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
</context>
<context>
    <name>cutover::views::SeriesListWidget</name>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Only with a &amp;criterion</source>
        <translation>Nur mit &amp;Kriterium</translation>
    </message>
    <message>
        <source>Series drawn on the lag chart</source>
        <translation>Im Verzögerungsdiagramm gezeichnete Reihen</translation>
    </message>
    <message>
        <source>Draw every imported series</source>
        <translation>Jede importierte Reihe zeichnen</translation>
    </message>
    <message>
        <source>Draw only the series a rollback criterion watches</source>
        <translation>Nur die Reihen zeichnen, die ein Rollback-Kriterium überwacht</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihen</translation>
    </message>
    <message>
        <source>%1
Metric: %2</source>
        <translation>%1
Metrik: %2</translation>
    </message>
    <message>
        <source>
Imported from: %1</source>
        <translation>
Importiert aus: %1</translation>
    </message>
    <message>
        <source>
Watched by a rollback criterion</source>
        <translation>
Von einem Rollback-Kriterium überwacht</translation>
    </message>
</context>
<context>
    <name>cutover::views::SimulationChartWidget</name>
    <message>
        <source>%1 of %2 runs (%3 %)</source>
        <translation>%1 von %2 Läufen (%3 %)</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>By %1: %2 % of the runs</source>
        <translation>Bis %1: %2 % der Läufe</translation>
    </message>
    <message>
        <source>%1: on the critical path in %2 % of the runs</source>
        <translation>%1: in %2 % der Läufe auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>%1: mean %2 in its fastest 10 % of runs, %3 in its slowest 10 % (rank correlation %4)</source>
        <translation>%1: im Mittel %2 in seinen schnellsten 10 % der Läufe, %3 in seinen langsamsten 10 % (Rangkorrelation %4)</translation>
    </message>
</context>
<context>
    <name>cutover::views::SimulationView</name>
    <message>
        <source>Iterations</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run simulation</source>
        <translation>Simulation starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-run after edits</source>
        <translation>Nach Änderungen neu starten</translation>
    </message>
    <message>
        <source>Runs the simulation again after every edit (plans of up to %1 tasks)</source>
        <translation>Startet die Simulation nach jeder Änderung neu (Pläne mit bis zu %1 Aufgaben)</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <source>No plan to simulate yet.</source>
        <translation>Noch kein Plan zum Simulieren.</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>The plan changed since this simulation: press Re-run.</source>
        <translation>Der Plan hat sich seit dieser Simulation geändert: Klicken Sie auf „Neu starten“.</translation>
    </message>
    <message numerus="yes">
        <source>Press Run simulation to simulate %n task(s).</source>
        <translation>
            <numerusform>Klicken Sie auf „Simulation starten“, um %n Aufgabe zu simulieren.</numerusform>
            <numerusform>Klicken Sie auf „Simulation starten“, um %n Aufgaben zu simulieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulating %1 runs…</source>
        <translation>%1 Läufe werden simuliert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 runs, seed %2.</source>
        <translation>%1 Läufe, Startwert %2.</translation>
    </message>
    <message>
        <source> Probability of fitting the window: %1 %.</source>
        <translation> Wahrscheinlichkeit, ins Fenster zu passen: %1 %.</translation>
    </message>
    <message>
        <source>Simulation cancelled; showing the previous results.</source>
        <translation>Simulation abgebrochen; die vorherigen Ergebnisse werden angezeigt.</translation>
    </message>
    <message>
        <source>Simulation cancelled.</source>
        <translation>Simulation abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>Simulation nicht möglich: %1</translation>
    </message>
    <message>
        <source> Rollback deadline %1 (P80), %2 (likely).</source>
        <translation> Rollback-Frist %1 (P80), %2 (wahrscheinlich).</translation>
    </message>
    <message>
        <source> Margin from %1: %2 (P80), %3 (likely).</source>
        <translation> Reserve ab %1: %2 (P80), %3 (wahrscheinlich).</translation>
    </message>
</context>
<context>
    <name>cutover::views::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>go/no-go gate</source>
        <translation>Go/No-Go-Gate</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1 · owner %2</source>
        <translation>%1 · verantwortlich: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;critical&lt;/b&gt; (no float)</source>
        <translation>&lt;b&gt;kritisch&lt;/b&gt; (kein Puffer)</translation>
    </message>
    <message>
        <source>float %1</source>
        <translation>Puffer %1</translation>
    </message>
    <message>
        <source>P80 finish %1</source>
        <translation>P80-Ende %1</translation>
    </message>
</context>
<context>
    <name>cutover::views::ValidationChartWidget</name>
    <message>
        <source>%1 · %2: difference %3</source>
        <translation>%1 · %2: Differenz %3</translation>
    </message>
</context>
<context>
    <name>cutover::views::ValidationView</name>
    <message>
        <source>Filter objects…</source>
        <translation>Objekte filtern…</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>%1 objects · %2 passed · %3 failed · %4 unknown</source>
        <translation>%1 Objekte · %2 bestanden · %3 fehlgeschlagen · %4 unbekannt</translation>
    </message>
</context>
</TS>
