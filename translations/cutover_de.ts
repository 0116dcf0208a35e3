<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>expected a duration of zero or more minutes, got %1</source>
        <translation>erwartet eine Dauer von null oder mehr Minuten, erhalten: %1</translation>
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
        <source>expected a finite lag in minutes</source>
        <translation>erwartet einen endlichen Versatz in Minuten</translation>
    </message>
    <message>
        <source>(entangled with it: %1)</source>
        <translation>(damit verflochten: %1)</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
</context>
<context>
    <name>DocumentIo</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a plan</source>
        <translation>ist ein Ordner, kein Plan</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a Cutover Planner plan (expected a .cutover file or a JSON plan)</source>
        <translation>kein Cutover-Planner-Plan (erwartet eine .cutover-Datei oder einen JSON-Plan)</translation>
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
    <name>RunbookClipboard</name>
    <message>
        <source>the plan is open read-only</source>
        <translation>der Plan ist schreibgeschützt geöffnet</translation>
    </message>
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
    <name>TaskEdits</name>
    <message>
        <source>the plan is open read-only</source>
        <translation>der Plan ist schreibgeschützt geöffnet</translation>
    </message>
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
    <name>cutover::ImportDataCommand</name>
    <message>
        <source>Import monitoring data</source>
        <translation>Monitoring-Daten importieren</translation>
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
        <source>the plan is open read-only</source>
        <translation>der Plan ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>%1 ist bereits geöffnet in %2.

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
        <translation>Zeiten ohne UTC-Versatz wurden in %1 gelesen.</translation>
    </message>
    <message>
        <source>%1 validation results, %2 failed.</source>
        <translation>%1 Validierungsergebnisse, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the plan is open read-only</source>
        <translation>der Plan ist schreibgeschützt geöffnet</translation>
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
        <translation>Überwachung</translation>
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
        <source>The window&apos;s end minus the rollback duration: the latest moment a rollback can start</source>
        <translation>Das Fensterende abzüglich der Rollback-Dauer: der späteste Zeitpunkt, zu dem ein Rollback beginnen kann</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Spielraum:</translation>
    </message>
    <message>
        <source>Time between the point of no return (or, without one, traffic switched) and the rollback deadline</source>
        <translation>Zeit zwischen dem Point of no Return (oder, ohne ihn, der Verkehrsumschaltung) und der Rollback-Frist</translation>
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
        <source>cannot schedule: %1</source>
        <translation>Zeitplanung nicht möglich: %1</translation>
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
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown (needs a window and both downtime marks)</source>
        <translation>unbekannt (braucht ein Fenster und beide Ausfallzeit-Markierungen)</translation>
    </message>
    <message>
        <source>no rollback steps planned</source>
        <translation>keine Rollback-Schritte geplant</translation>
    </message>
    <message>
        <source>%1 too late</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>needs a task marked point-of-no-return or traffic-switched</source>
        <translation>braucht eine Aufgabe mit der Markierung point-of-no-return oder traffic-switched</translation>
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
        <source>Preview the stakeholder report and save it as a PDF</source>
        <translation>Den Stakeholder-Bericht in der Vorschau zeigen und als PDF speichern</translation>
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
        <source>Report preview: Print to choose where to save the PDF</source>
        <translation>Berichtsvorschau: Drucken, um den Speicherort des PDFs zu wählen</translation>
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
        <source>Cannot schedule the plan: %1</source>
        <translation>Der Plan kann nicht terminiert werden: %1</translation>
    </message>
    <message>
        <source>A rollback takes %1 at likely durations.</source>
        <translation>Ein Rollback dauert %1 bei wahrscheinlichen Dauern.</translation>
    </message>
    <message>
        <source>It must start by %1 to finish inside the window.</source>
        <translation>Er muss bis %1 beginnen, um innerhalb des Fensters fertig zu werden.</translation>
    </message>
    <message>
        <source>Set a maintenance window to get the rollback deadline.</source>
        <translation>Legen Sie ein Wartungsfenster fest, um die Rollback-Frist zu erhalten.</translation>
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
        <source>The plan cannot be scheduled, so it cannot be simulated: %1</source>
        <translation>Der Plan lässt sich nicht terminieren und daher nicht simulieren: %1</translation>
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
        <source>The plan cannot be scheduled, so the timeline shows its last state: %1</source>
        <translation>Der Plan lässt sich nicht terminieren, die Zeitleiste zeigt den letzten Stand: %1</translation>
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
</TS>
