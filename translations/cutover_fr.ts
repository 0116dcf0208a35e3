<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Baselines</name>
    <message>
        <source>a baseline needs a name</source>
        <translation>une référence doit avoir un nom</translation>
    </message>
    <message>
        <source>the plan already has a baseline named &quot;%1&quot;</source>
        <translation>le plan a déjà une référence nommée « %1 »</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>Files imported: %n.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 series with %2 points (%3 gaps).</source>
        <translation>%1 séries avec %2 points (%3 lacunes).</translation>
    </message>
    <message>
        <source>Times written without a UTC offset were read in %1.</source>
        <translation>Les heures écrites sans décalage UTC ont été lues dans le fuseau horaire %1.</translation>
    </message>
    <message>
        <source>%1 validation results, %2 failed.</source>
        <translation>%1 résultats de validation, %2 en échec.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ChangePlanPropertyCommand</name>
    <message>
        <source>Change plan %1</source>
        <translation>Modifier %1 du plan</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>le fuseau horaire</translation>
    </message>
    <message>
        <source>start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>window start</source>
        <translation>le début de la fenêtre</translation>
    </message>
    <message>
        <source>window end</source>
        <translation>la fin de la fenêtre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>author</source>
        <translation>l’auteur</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>hypercare duration</source>
        <translation>la durée de l’hypercare</translation>
    </message>
    <message>
        <source>hypercare notes</source>
        <translation>les notes d’hypercare</translation>
    </message>
</context>
<context>
    <name>ChangeTaskFieldCommand</name>
    <message>
        <source>Change %1 of &quot;%2&quot;</source>
        <translation>Modifier %1 de « %2 »</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>unknown image type &quot;%1&quot; (expected a file name ending in .png or .svg)</source>
        <translation>type d’image inconnu « %1 » (nom de fichier se terminant par .png ou .svg attendu)</translation>
    </message>
    <message>
        <source>image size %1×%2 is out of range (expected %3 to %4 pixels per side)</source>
        <translation>taille d’image %1×%2 hors limites (%3 à %4 pixels par côté attendus)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>cannot write PNG: %1</source>
        <translation>écriture du PNG impossible : %1</translation>
    </message>
    <message>
        <source>Chart exported by Cutover Planner</source>
        <translation>Graphique exporté par Cutover Planner</translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation>impossible de démarrer l’écriture SVG</translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>Le plan n’a pas encore de tâches.</translation>
    </message>
    <message>
        <source>(cont.) %1</source>
        <translation>(suite) %1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3 · %4 – %5%6</source>
        <translation>Lignes %1 à %2 sur %3 · %4 – %5%6</translation>
    </message>
    <message>
        <source> · part %1 of %2 across</source>
        <translation> · partie %1 sur %2 côte à côte</translation>
    </message>
    <message>
        <source>No monitoring data has been imported. Import the rehearsal&apos;s lag and validation exports to show them here.</source>
        <translation>Aucune donnée de supervision n’a été importée. Importez les exports de latence et de validation de la répétition pour les afficher ici.</translation>
    </message>
    <message>
        <source>Rollback criteria on the imported data</source>
        <translation>Critères de retour arrière sur les données importées</translation>
    </message>
    <message>
        <source>Data validation</source>
        <translation>Validation des données</translation>
    </message>
    <message>
        <source>No validation results have been imported.</source>
        <translation>Aucun résultat de validation n’a été importé.</translation>
    </message>
    <message>
        <source>Objects compared</source>
        <translation>Objets comparés</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>%1: %2 passed, %3 failed, %4 unknown</source>
        <translation>%1 : %2 réussis, %3 en échec, %4 inconnus</translation>
    </message>
    <message>
        <source>Failing objects</source>
        <translation>Objets en échec</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>|Difference|</source>
        <translation>|Écart|</translation>
    </message>
    <message>
        <source>The plan has no tasks to simulate.</source>
        <translation>Le plan n’a aucune tâche à simuler.</translation>
    </message>
    <message>
        <source>Every task&apos;s duration was drawn %1 times from its best / likely / worst estimate (seed %2).</source>
        <translation>La durée de chaque tâche a été tirée %1 fois à partir de son estimation optimiste / probable / pessimiste (graine %2).</translation>
    </message>
    <message>
        <source>The downtime was at most %1 in half of the runs, at most %2 in 80 % of them and at most %3 in 95 %; the plan&apos;s likely durations give %4.</source>
        <translation>Le temps d’arrêt a été d’au plus %1 dans la moitié des tirages, d’au plus %2 dans 80 % d’entre eux et d’au plus %3 dans 95 % ; avec les durées probables du plan : %4.</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>The write freeze and the traffic switch fell inside the maintenance window in %1 of the runs.</source>
        <translation>Le gel des écritures et la bascule du trafic sont tombés dans la fenêtre de maintenance dans %1 des tirages.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>The tasks that move the %1 most are %2: figures are the mean %1 when the task ran at its fastest versus slowest tenth.</source>
        <translation>Les tâches qui influent le plus sur %1 sont %2 ; chaque chiffre est la moyenne obtenue pour %1 quand la tâche était dans son dixième le plus rapide ou le plus lent.</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>downtime</source>
        <translation>le temps d’arrêt</translation>
    </message>
    <message>
        <source> The chart shows %1 of them (%2).</source>
        <translation> Le graphique en montre %1 (%2).</translation>
    </message>
    <message>
        <source>%1 series with %2 points imported.%3 Thresholds of the rollback criteria are drawn as thin lines with ticks on the breaching side and their rule written on them; hatched stretches are breaches that lasted long enough to count.</source>
        <translation>%1 séries avec %2 points importées.%3 Les seuils des critères de retour arrière sont tracés en traits fins, avec des graduations du côté du dépassement et leur règle écrite dessus ; les plages hachurées sont des dépassements qui ont duré assez longtemps pour compter.</translation>
    </message>
    <message>
        <source>Timeline figures %1.</source>
        <translation>Chiffres de la chronologie : %1.</translation>
    </message>
    <message>
        <source>The plan is not simulated: %1.</source>
        <translation>Le plan n’est pas simulé : %1.</translation>
    </message>
</context>
<context>
    <name>CompiledGraph</name>
    <message>
        <source>a task needs an id</source>
        <translation>une tâche a besoin d’un identifiant</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>identifiant de tâche « %1 » en double</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; has a &quot;not before&quot; time but the plan has no valid start</source>
        <translation>la tâche « %1 » a une heure « pas avant » mais le plan n’a pas de début valide</translation>
    </message>
    <message>
        <source>unknown predecessor &quot;%1&quot; of task &quot;%2&quot;</source>
        <translation>prédécesseur inconnu « %1 » de la tâche « %2 »</translation>
    </message>
    <message>
        <source>(entangled with it: %1)</source>
        <translation>(imbriqué avec : %1)</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>cycle de dépendances : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more cycle(s)</source>
        <translation>
            <numerusform>%n autre cycle</numerusform>
            <numerusform>%n autres cycles</numerusform>
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
        <translation>✖ DÉPASSÉ à %1</translation>
    </message>
    <message>
        <source>✖ BREACHED</source>
        <translation>✖ DÉPASSÉ</translation>
    </message>
    <message>
        <source>? no data</source>
        <translation>? aucune donnée</translation>
    </message>
    <message>
        <source>✖ YES (it occurred)</source>
        <translation>✖ OUI (survenu)</translation>
    </message>
    <message>
        <source>✔ NO (did not occur)</source>
        <translation>✔ NON (pas survenu)</translation>
    </message>
    <message>
        <source>? not answered</source>
        <translation>? sans réponse</translation>
    </message>
    <message>
        <source>Rollback criteria: %1</source>
        <translation>Critères de retour arrière : %1</translation>
    </message>
    <message>
        <source>No criterion breached</source>
        <translation>Aucun critère dépassé</translation>
    </message>
    <message>
        <source>Breached or triggered: %1 of %2</source>
        <translation>Dépassés ou déclenchés : %1 sur %2</translation>
    </message>
    <message>
        <source>The plan has no rollback criteria.</source>
        <translation>Le plan n’a pas de critères de retour arrière.</translation>
    </message>
    <message>
        <source> · worst %1</source>
        <translation> · pire valeur %1</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>task</source>
        <comment>task kind</comment>
        <translation>tâche</translation>
    </message>
    <message>
        <source>milestone</source>
        <comment>task kind</comment>
        <translation>jalon</translation>
    </message>
    <message>
        <source>gate</source>
        <comment>task kind</comment>
        <translation>porte</translation>
    </message>
    <message>
        <source>triangular</source>
        <comment>duration distribution</comment>
        <translation>triangulaire</translation>
    </message>
    <message>
        <source>pert</source>
        <comment>duration distribution</comment>
        <translation>PERT</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>duration distribution</comment>
        <translation>fixe</translation>
    </message>
    <message>
        <source>not-started</source>
        <comment>task status</comment>
        <translation>non commencée</translation>
    </message>
    <message>
        <source>in-progress</source>
        <comment>task status</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <comment>task status</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>task status</comment>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>task status</comment>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>plan status</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>in-review</source>
        <comment>plan status</comment>
        <translation>en revue</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>plan status</comment>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>in-progress</source>
        <comment>plan status</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>plan status</comment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>rolled-back</source>
        <comment>plan status</comment>
        <translation>revenu en arrière</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>plan status</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>rollback</source>
        <comment>criterion action</comment>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>criterion action</comment>
        <translation>suspension</translation>
    </message>
    <message>
        <source>warn</source>
        <comment>criterion action</comment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>metric</source>
        <comment>criterion kind</comment>
        <translation>métrique</translation>
    </message>
    <message>
        <source>validation</source>
        <comment>criterion kind</comment>
        <translation>validation</translation>
    </message>
    <message>
        <source>manual</source>
        <comment>criterion kind</comment>
        <translation>manuel</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>manual criterion answer</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>manual criterion answer</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <comment>manual criterion answer</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>gate decision</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>go</source>
        <comment>gate decision</comment>
        <translation>go</translation>
    </message>
    <message>
        <source>no-go</source>
        <comment>gate decision</comment>
        <translation>no-go</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>gate decision</comment>
        <translation>suspension</translation>
    </message>
    <message>
        <source>open</source>
        <comment>readiness status</comment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>in-progress</source>
        <comment>readiness status</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <comment>readiness status</comment>
        <translation>fait</translation>
    </message>
    <message>
        <source>waived</source>
        <comment>readiness status</comment>
        <translation>dispensé</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>validation status</comment>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>validation status</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>validation status</comment>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>DurationSampler</name>
    <message>
        <source>expected a duration of zero or more minutes, got %1</source>
        <translation>durée de zéro minute ou plus attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected 0 ≤ optimistic ≤ likely ≤ pessimistic, got %1, %2, %3</source>
        <translation>attendu 0 ≤ optimiste ≤ probable ≤ pessimiste, obtenu %1, %2, %3</translation>
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
        <translation>%1 j</translation>
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
        <translation>impossible de lire « %1 » comme prédécesseur (attendu p. ex. « freeze FS+5m »)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a lag (expected e.g. 5, 5m, 1h30)</source>
        <translation>impossible de lire « %1 » comme décalage (attendu p. ex. 5, 5m, 1h30)</translation>
    </message>
</context>
<context>
    <name>ExchangeFile</name>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>impossible d&apos;ouvrir en écriture : %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d&apos;écrire : %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>impossible d&apos;enregistrer : %1</translation>
    </message>
    <message numerus="yes">
        <source>the rollback plan (%n steps)</source>
        <translation>
            <numerusform>le plan de retour arrière (%n étape)</numerusform>
            <numerusform>le plan de retour arrière (%n étapes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rollback criteria</source>
        <translation>
            <numerusform>%n critère de retour arrière</numerusform>
            <numerusform>%n critères de retour arrière</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate decisions</source>
        <translation>
            <numerusform>%n décision de porte</numerusform>
            <numerusform>%n décisions de porte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n readiness items</source>
        <translation>
            <numerusform>%n contrôle de préparation</numerusform>
            <numerusform>%n contrôles de préparation</numerusform>
        </translation>
    </message>
    <message>
        <source>the hypercare plan</source>
        <translation>le plan d&apos;hypercare</translation>
    </message>
    <message numerus="yes">
        <source>%n imported series</source>
        <translation>
            <numerusform>%n série importée</numerusform>
            <numerusform>%n séries importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation results</source>
        <translation>
            <numerusform>%n résultat de validation</numerusform>
            <numerusform>%n résultats de validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the recorded progress of %n tasks</source>
        <translation>
            <numerusform>l&apos;avancement enregistré de %n tâche</numerusform>
            <numerusform>l&apos;avancement enregistré de %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan status</source>
        <translation>le statut du plan</translation>
    </message>
    <message>
        <source>the plan description</source>
        <translation>la description du plan</translation>
    </message>
</context>
<context>
    <name>GanttData</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>GanttRenderer</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Go/no-go gate</source>
        <translation>Porte go/no-go</translation>
    </message>
    <message>
        <source>P80 finish</source>
        <translation>Fin P80</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Write freeze (downtime)</source>
        <translation>Gel des écritures (temps d’arrêt)</translation>
    </message>
    <message>
        <source>Rollback deadline</source>
        <translation>Échéance du retour arrière</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Échéance du retour arrière (P80)</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point de non-retour</translation>
    </message>
    <message>
        <source>Finish %1 (%2)</source>
        <translation>Fin %1 (%2)</translation>
    </message>
    <message>
        <source>  ·  downtime %1</source>
        <translation>  ·  temps d’arrêt %1</translation>
    </message>
    <message>
        <source>  ·  times in %1</source>
        <translation>  ·  fuseau %1</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Chronologie : %1</translation>
    </message>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>Le plan n’a pas encore de tâches.</translation>
    </message>
    <message>
        <source>window opens</source>
        <translation>ouverture de la fenêtre</translation>
    </message>
    <message>
        <source>window closes</source>
        <translation>fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>point de non-retour</translation>
    </message>
    <message>
        <source>rollback deadline P80</source>
        <translation>échéance du retour arrière P80</translation>
    </message>
    <message>
        <source>write freeze</source>
        <translation>gel des écritures</translation>
    </message>
    <message>
        <source>traffic switched</source>
        <translation>trafic basculé</translation>
    </message>
    <message>
        <source>rollback deadline (likely)</source>
        <translation>échéance du retour arrière (probable)</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Fenêtre de maintenance : %1</translation>
    </message>
    <message>
        <source>Write freeze (planned): %1</source>
        <translation>Gel des écritures (prévu) : %1</translation>
    </message>
    <message>
        <source>Go/no-go: %1</source>
        <translation>Go/no-go : %1</translation>
    </message>
    <message>
        <source>Point of no return: %1</source>
        <translation>Point de non-retour : %1</translation>
    </message>
    <message>
        <source>Rollback deadline (likely): %1</source>
        <translation>Échéance du retour arrière (probable) : %1</translation>
    </message>
    <message>
        <source>Rollback deadline (P80): %1</source>
        <translation>Échéance du retour arrière (P80) : %1</translation>
    </message>
    <message>
        <source>the P80 rollback deadline (no simulation)</source>
        <translation>l&apos;échéance P80 du retour arrière (pas de simulation)</translation>
    </message>
    <message>
        <source>Hypercare: %1</source>
        <translation>Hypercare : %1</translation>
    </message>
    <message>
        <source>Phase starts: %1</source>
        <translation>Début de phase : %1</translation>
    </message>
    <message>
        <source>every scheduled event (the plan cannot be scheduled: %1)</source>
        <translation>tous les événements planifiés (le plan ne peut pas être planifié : %1)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>the runbook&apos;s tasks other than gates and the point of no return</source>
        <translation>les tâches du runbook autres que les portes et le point de non-retour</translation>
    </message>
</context>
<context>
    <name>InsertTasksCommand</name>
    <message>
        <source>Add task &quot;%1&quot;</source>
        <translation>Ajouter la tâche « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Add %n tasks</source>
        <translation>
            <numerusform>Ajouter %n tâche</numerusform>
            <numerusform>Ajouter %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LagChartData</name>
    <message>
        <source>write freeze</source>
        <translation>gel des écritures</translation>
    </message>
    <message>
        <source>traffic switched</source>
        <translation>trafic basculé</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>threshold label on the lag chart: rule · action: criterion, e.g. &quot;&gt; 30 s for 5 min · roll back: Replication lag&quot;</extracomment>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <source>rollback deadline (likely)</source>
        <translation>échéance du retour arrière (probable)</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <source>expected between 1 and %1 iterations, got %2</source>
        <translation>attendu entre 1 et %1 itérations, obtenu %2</translation>
    </message>
    <message>
        <source>expected a thread count of 0 (automatic) or more, got %1</source>
        <translation>attendu un nombre de threads de 0 (automatique) ou plus, obtenu %1</translation>
    </message>
    <message>
        <source>expected at least 1 histogram bin and 2 S-curve points</source>
        <translation>attendu au moins 1 classe d’histogramme et 2 points de courbe en S</translation>
    </message>
    <message>
        <source>simulation cancelled</source>
        <translation>simulation annulée</translation>
    </message>
    <message>
        <source>expected between 1 and %1 bins per task for the finish quantiles, got %2</source>
        <translation>attendu entre 1 et %1 classes par tâche pour les quantiles de fin, obtenu %2</translation>
    </message>
</context>
<context>
    <name>MoveTaskCommand</name>
    <message>
        <source>Move &quot;%1&quot; up</source>
        <translation>Monter « %1 »</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; down</source>
        <translation>Descendre « %1 »</translation>
    </message>
</context>
<context>
    <name>MspdiReader</name>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected an integer)</source>
        <translation>impossible de lire « %1 » comme %2 (attendu : un entier)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected a number)</source>
        <translation>impossible de lire « %1 » comme %2 (attendu : un nombre)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected 0 or 1)</source>
        <translation>impossible de lire « %1 » comme %2 (attendu : 0 ou 1)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as %2 (expected a time like 2026-12-05T22:00:00)</source>
        <translation>impossible de lire « %1 » comme %2 (attendu : une heure comme 2026-12-05T22:00:00)</translation>
    </message>
    <message>
        <source>%1 %2 is not a duration format (expected 3 to 12, 19 to 21, 35 to 44 or 51 to 53)</source>
        <translation>%1 %2 n&apos;est pas un format de durée (attendu : 3 à 12, 19 à 21, 35 à 44 ou 51 à 53)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>cannot read working time &quot;%1&quot;-&quot;%2&quot; (expected FromTime and ToTime like 08:00:00)</source>
        <translation>impossible de lire la plage de travail « %1 »-« %2 » (attendu : FromTime et ToTime comme 08:00:00)</translation>
    </message>
    <message>
        <source>link type %1 is not one of 0 (FF), 1 (FS), 2 (SF), 3 (SS)</source>
        <translation>le type de lien %1 n&apos;est pas l&apos;un de 0 (FF), 1 (FS), 2 (SF), 3 (SS)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a Duration (expected PT#H#M#S)</source>
        <translation>impossible de lire « %1 » comme Duration (attendu : PT#H#M#S)</translation>
    </message>
    <message>
        <source>no XML element (expected an MS Project XML &lt;Project&gt;)</source>
        <translation>aucun élément XML (attendu : un &lt;Project&gt; MS Project XML)</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt; in namespace &quot;%2&quot; (expected &lt;Project&gt; in &quot;%3&quot;)</source>
        <translation>l&apos;élément racine est &lt;%1&gt; dans l&apos;espace de noms « %2 » (attendu : &lt;Project&gt; dans « %3 »)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; times read as UTC</source>
        <translation>fuseau horaire « %1 » inconnu ; heures lues en UTC</translation>
    </message>
    <message>
        <source>MS Project XML has no time zone: times read as UTC (set the plan&apos;s time zone after checking them)</source>
        <translation>MS Project XML n&apos;a pas de fuseau horaire : heures lues en UTC (définissez le fuseau du plan après les avoir vérifiées)</translation>
    </message>
    <message>
        <source>the project has no StartDate and no task has a Start (expected &lt;StartDate&gt; in &lt;Project&gt;)</source>
        <translation>le projet n&apos;a pas de StartDate et aucune tâche n&apos;a de Start (attendu : &lt;StartDate&gt; dans &lt;Project&gt;)</translation>
    </message>
    <message>
        <source>Standard (MS Project&apos;s default; the file has none)</source>
        <translation>Standard (par défaut de MS Project ; le fichier n&apos;en a pas)</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: %2</source>
        <translation>tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as the %2 (expected PT#H#M#S)</source>
        <translation>impossible de lire « %1 » comme %2 (attendu : PT#H#M#S)</translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (expected one of %2)</source>
        <translation>distribution « %1 » inconnue (attendu : l&apos;une de %2)</translation>
    </message>
    <message>
        <source>unknown mark &quot;%1&quot; (expected one of %2)</source>
        <translation>marque « %1 » inconnue (attendu : l&apos;une de %2)</translation>
    </message>
    <message>
        <source>%1 durations and %2 lags were in working time: converted to elapsed time with the calendar %3, each from its task&apos;s start in the file (a cutover runs around the clock)</source>
        <translation>%1 durées et %2 décalages étaient en temps de travail : convertis en temps écoulé avec le calendrier %3, chacun depuis le début de sa tâche dans le fichier (une bascule se déroule sans interruption)</translation>
    </message>
    <message>
        <source>%1 percent lags converted to minutes of their predecessor&apos;s duration</source>
        <translation>%1 décalages en pourcentage convertis en minutes de la durée de leur prédécesseur</translation>
    </message>
    <message>
        <source>%1 tasks below the second outline level flattened into their phase (the outline path kept in the name)</source>
        <translation>%1 tâches sous le deuxième niveau hiérarchique ramenées dans leur phase (le chemin gardé dans le nom)</translation>
    </message>
    <message>
        <source>%1 constraints other than start-no-earlier-than ignored (tasks %2)</source>
        <translation>%1 contraintes autres que « début au plus tôt le » ignorées (tâches %2)</translation>
    </message>
    <message>
        <source>%1 deadlines ignored (tasks %2)</source>
        <translation>%1 échéances ignorées (tâches %2)</translation>
    </message>
    <message>
        <source>%1 tasks&apos; recorded progress ignored (tasks %2)</source>
        <translation>avancement enregistré de %1 tâches ignoré (tâches %2)</translation>
    </message>
    <message>
        <source>%1 external tasks or subprojects read as ordinary tasks (tasks %2)</source>
        <translation>%1 tâches externes ou sous-projets lus comme des tâches ordinaires (tâches %2)</translation>
    </message>
    <message>
        <source>%1 milestones had a duration, set to 0 (tasks %2)</source>
        <translation>%1 jalons avaient une durée, mise à 0 (tâches %2)</translation>
    </message>
    <message>
        <source>%1 links to summary tasks dropped (phases have no links; tasks %2)</source>
        <translation>%1 liens vers des tâches récapitulatives abandonnés (les phases n&apos;ont pas de liens ; tâches %2)</translation>
    </message>
    <message>
        <source>%1 links to tasks not in the file dropped (tasks %2)</source>
        <translation>%1 liens vers des tâches absentes du fichier abandonnés (tâches %2)</translation>
    </message>
    <message>
        <source>%1 links to other projects dropped (tasks %2)</source>
        <translation>%1 liens vers d&apos;autres projets abandonnés (tâches %2)</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>impossible d&apos;ouvrir en lecture : %1</translation>
    </message>
    <message>
        <source>is %1 MB, more than an MS Project file of a cutover can be (512 MB)</source>
        <translation>fait %1 Mo, plus qu&apos;un fichier MS Project d&apos;une bascule ne peut faire (512 Mo)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire : %1</translation>
    </message>
    <message>
        <source>task UID %1 appears twice (first at line %2; expected unique UIDs)</source>
        <translation>l&apos;UID de tâche %1 apparaît deux fois (d&apos;abord à la ligne %2 ; attendu : des UID uniques)</translation>
    </message>
    <message>
        <source>custom field %1 &quot;%2&quot; is the file&apos;s own; ignored</source>
        <translation>le champ personnalisé %1 « %2 » est propre au fichier ; ignoré</translation>
    </message>
    <message>
        <source>custom field %1 is not defined in the file; ignored</source>
        <translation>le champ personnalisé %1 n&apos;est pas défini dans le fichier ; ignoré</translation>
    </message>
    <message>
        <source>the calendar walks of this file take more than %1 days in all (expected working-time durations of days or weeks, not years)</source>
        <translation>les parcours de calendrier de ce fichier dépassent %1 jours au total (attendu : des durées en temps ouvré de jours ou de semaines, pas d&apos;années)</translation>
    </message>
    <message>
        <source>with calendar &quot;%1&quot;, %2 minutes of work would end more than 10 years after their start (expected working days in the calendar, or a shorter duration)</source>
        <translation>avec le calendrier « %1 », %2 minutes de travail finiraient plus de 10 ans après leur début (attendu : des jours ouvrés dans le calendrier, ou une durée plus courte)</translation>
    </message>
    <message>
        <source>%1 tasks with an OutlineLevel of 0 or less read at level 1 (only UID 0 is the project summary task; tasks %2)</source>
        <translation>%1 tâches d&apos;OutlineLevel 0 ou moins lues au niveau 1 (seul l&apos;UID 0 est la tâche récapitulative du projet ; tâches %2)</translation>
    </message>
    <message>
        <source>%1 links without a PredecessorUID dropped (tasks %2)</source>
        <translation>%1 liens sans PredecessorUID abandonnés (tâches %2)</translation>
    </message>
</context>
<context>
    <name>MspdiWriter</name>
    <message numerus="yes">
        <source>%n characters XML cannot hold (control characters in names or notes)</source>
        <translation>
            <numerusform>%n caractère que XML ne peut contenir (caractères de contrôle dans des noms ou des notes)</numerusform>
            <numerusform>%n caractères que XML ne peut contenir (caractères de contrôle dans des noms ou des notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lag precision below a tenth of a minute (%n links, rounded)</source>
        <translation>
            <numerusform>précision des décalages sous le dixième de minute (%n lien, arrondi)</numerusform>
            <numerusform>précision des décalages sous le dixième de minute (%n liens, arrondis)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>optimistic / likely / pessimistic</comment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>est un dossier, pas un plan Cutover</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty, not a Cutover plan</source>
        <translation>le fichier est vide, ce n’est pas un plan Cutover</translation>
    </message>
    <message>
        <source>the file is truncated (only %1 bytes)</source>
        <translation>le fichier est tronqué (seulement %1 octets)</translation>
    </message>
    <message>
        <source>not a Cutover plan (not an SQLite database)</source>
        <translation>pas un plan Cutover (pas une base SQLite)</translation>
    </message>
    <message>
        <source>an SQLite database, but not a Cutover plan (application id %1)</source>
        <translation>une base SQLite, mais pas un plan Cutover (identifiant d’application %1)</translation>
    </message>
    <message>
        <source>this plan was written by a newer Cutover Planner (schema %1; this version reads up to %2)</source>
        <translation>ce plan a été écrit par une version plus récente de Cutover Planner (schéma %1 ; cette version lit jusqu’au %2)</translation>
    </message>
    <message>
        <source>the plan file is incomplete (it has no schema)</source>
        <translation>le fichier du plan est incomplet (il n’a pas de schéma)</translation>
    </message>
    <message>
        <source>the file is truncated (%1 of %2 bytes)</source>
        <translation>le fichier est tronqué (%1 octets sur %2)</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>impossible de lire le plan : %1</translation>
    </message>
    <message>
        <source>cannot open the plan: %1</source>
        <translation>impossible d’ouvrir le plan : %1</translation>
    </message>
    <message>
        <source>cannot make a copy to upgrade schema %1</source>
        <translation>impossible de faire une copie pour mettre à niveau le schéma %1</translation>
    </message>
    <message>
        <source>exists and is not a Cutover plan; it was left unchanged</source>
        <translation>existe et n’est pas un plan Cutover ; le fichier a été laissé intact</translation>
    </message>
    <message>
        <source>cannot save: series %1 has %2 times but %3 values</source>
        <translation>enregistrement impossible : la série %1 a %2 instants mais %3 valeurs</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>cannot save: the new file could not be flushed to disk</source>
        <translation>enregistrement impossible : le nouveau fichier n’a pas pu être écrit sur le disque</translation>
    </message>
    <message>
        <source>series %1 has %2 times but %3 values</source>
        <translation>la série %1 a %2 instants mais %3 valeurs</translation>
    </message>
    <message>
        <source>cannot import: %1</source>
        <translation>import impossible : %1</translation>
    </message>
    <message>
        <source>cannot read the plan while %1, left by another program&apos;s interrupted write, lies beside it; opening the plan for writing (import, the desktop) recovers it</source>
        <translation>impossible de lire le plan tant que %1, laissé par l’écriture interrompue d’un autre programme, se trouve à côté ; ouvrir le plan en écriture (import, application de bureau) le récupère</translation>
    </message>
    <message>
        <source>is open in %1; close it there (or make the change in the desktop) and try again; the plan was not changed</source>
        <translation>est ouvert dans %1 ; fermez-le là (ou faites la modification dans l’application de bureau) et réessayez ; le plan n’a pas été modifié</translation>
    </message>
    <message>
        <source>was changed on disk by another program since it was opened; it was left unchanged</source>
        <translation>a été modifié sur le disque par un autre programme depuis son ouverture ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>already exists; use --force to replace it</source>
        <translation>existe déjà ; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <source>cannot save: cannot create a file in %1: %2</source>
        <translation>enregistrement impossible : impossible de créer un fichier dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot save: the new file was replaced by another program</source>
        <translation>enregistrement impossible : le nouveau fichier a été remplacé par un autre programme</translation>
    </message>
</context>
<context>
    <name>PlanIo</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a plan (expected a .cutover or .json plan)</source>
        <translation>est un dossier, pas un plan (plan .cutover ou .json attendu)</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>impossible d’ouvrir en lecture : %1</translation>
    </message>
    <message>
        <source>the file is empty, not a plan</source>
        <translation>le fichier est vide, ce n’est pas un plan</translation>
    </message>
    <message>
        <source>is an SQLite database but not a Cutover Planner plan</source>
        <translation>est une base de données SQLite mais pas un plan de Cutover Planner</translation>
    </message>
    <message>
        <source>is neither a .cutover plan nor a JSON plan (a JSON plan starts with &apos;{&apos;)</source>
        <translation>n’est ni un plan .cutover ni un plan JSON (un plan JSON commence par &apos;{&apos;)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire : %1</translation>
    </message>
    <message>
        <source>cannot tell the format from the name; use a .cutover or .json file name</source>
        <translation>impossible de déduire le format du nom ; utilisez un nom de fichier en .cutover ou .json</translation>
    </message>
    <message>
        <source>is a folder, not a file to import</source>
        <translation>est un dossier, pas un fichier à importer</translation>
    </message>
    <message>
        <source>is neither a plan nor a file to import (expected a .cutover or JSON plan, MS Project XML, or a .csv/.tsv runbook)</source>
        <translation>n&apos;est ni un plan ni un fichier à importer (attendu : un plan .cutover ou JSON, du MS Project XML ou un runbook .csv/.tsv)</translation>
    </message>
    <message>
        <source>cannot tell the export format from the name; use .xml (MS Project), .csv, .tsv or .ics</source>
        <translation>impossible de déduire le format d&apos;export du nom ; utilisez .xml (MS Project), .csv, .tsv ou .ics</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;cutover-plan&quot; at the top level</source>
        <translation>objet JSON avec &quot;format&quot;: &quot;cutover-plan&quot; attendu au premier niveau</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>impossible d’ouvrir en lecture : %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>impossible d’ouvrir en écriture : %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>champ inconnu, ignoré</translation>
    </message>
    <message>
        <source>missing, expected a string</source>
        <translation>manquant, chaîne attendue</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, obtenu %1</translation>
    </message>
    <message>
        <source>missing, expected %1</source>
        <translation>manquant, attendu : %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu : %1, obtenu %2</translation>
    </message>
    <message>
        <source>expected %1 (not negative), got %2</source>
        <translation>attendu : %1 (non négatif), obtenu %2</translation>
    </message>
    <message>
        <source>missing, expected an ISO 8601 time with offset such as &quot;2026-12-05T21:00:00+01:00&quot;</source>
        <translation>manquant, heure ISO 8601 avec décalage attendue, p. ex. &quot;2026-12-05T21:00:00+01:00&quot;</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with offset such as &quot;2026-12-05T21:00:00+01:00&quot;, got %1</source>
        <translation>heure ISO 8601 avec décalage attendue, p. ex. &quot;2026-12-05T21:00:00+01:00&quot;, obtenu %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>attendu l’une des valeurs %1, obtenu %2</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, obtenu %1</translation>
    </message>
    <message>
        <source>missing, expected &quot;cutover-plan&quot; (is this a Cutover Planner plan?)</source>
        <translation>manquant, &quot;cutover-plan&quot; attendu (est-ce bien un plan Cutover Planner ?)</translation>
    </message>
    <message>
        <source>expected &quot;cutover-plan&quot;, got %1</source>
        <translation>&quot;cutover-plan&quot; attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected a format version number such as %1, got %2</source>
        <translation>numéro de version de format attendu, p. ex. %1, obtenu %2</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (up to %2); update Cutover Planner</source>
        <translation>la version de format %1 est plus récente que ce que lit ce programme (jusqu’à %2) ; mettez à jour Cutover Planner</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (expected an IANA name such as Europe/Berlin); times are shown with their own offsets</source>
        <translation>fuseau horaire inconnu « %1 » (nom IANA attendu, p. ex. Europe/Berlin) ; les heures sont affichées avec leur propre décalage</translation>
    </message>
    <message>
        <source>a number of minutes</source>
        <translation>un nombre de minutes</translation>
    </message>
    <message>
        <source>missing, expected { &quot;likely&quot;: minutes } or a number of minutes</source>
        <translation>manquant, { &quot;likely&quot;: minutes } ou un nombre de minutes attendu</translation>
    </message>
    <message>
        <source>expected { &quot;optimistic&quot;, &quot;likely&quot;, &quot;pessimistic&quot; } in minutes, got %1</source>
        <translation>{ &quot;optimistic&quot;, &quot;likely&quot;, &quot;pessimistic&quot; } en minutes attendu, obtenu %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>un nombre de secondes</translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation>un nombre d’heures</translation>
    </message>
    <message>
        <source>expected UTC milliseconds since 1970 (an integer) or an ISO 8601 time, got %1</source>
        <translation>millisecondes UTC depuis 1970 (un entier) ou heure ISO 8601 attendues, obtenu %1</translation>
    </message>
    <message>
        <source>times must be in ascending order</source>
        <translation>les instants doivent être en ordre croissant</translation>
    </message>
    <message>
        <source>has %1 values for %2 times; the two arrays must have the same length</source>
        <translation>a %1 valeurs pour %2 instants ; les deux tableaux doivent avoir la même longueur</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>duplicate phase id &quot;%1&quot;</source>
        <translation>identifiant de phase « %1 » en double</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;</source>
        <translation>phase inconnue « %1 »</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; cannot wait on itself</source>
        <translation>la tâche « %1 » ne peut pas s’attendre elle-même</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>tâche inconnue « %1 »</translation>
    </message>
    <message>
        <source>rollback tasks may wait only on rollback tasks; &quot;%1&quot; is a runbook task</source>
        <translation>les tâches de retour arrière ne peuvent attendre que des tâches de retour arrière ; « %1 » est une tâche du runbook</translation>
    </message>
    <message>
        <source>runbook tasks may not wait on rollback task &quot;%1&quot;</source>
        <translation>les tâches du runbook ne peuvent pas attendre la tâche de retour arrière « %1 »</translation>
    </message>
    <message>
        <source>marks belong to runbook tasks, not to the rollback plan</source>
        <translation>les repères appartiennent aux tâches du runbook, pas au plan de retour arrière</translation>
    </message>
    <message>
        <source>mark &quot;%1&quot; is already on task &quot;%2&quot;; each mark may be on one task only</source>
        <translation>le repère « %1 » est déjà sur la tâche « %2 » ; chaque repère ne peut être que sur une seule tâche</translation>
    </message>
    <message>
        <source>duplicate criterion id &quot;%1&quot;</source>
        <translation>identifiant de critère « %1 » en double</translation>
    </message>
    <message>
        <source>duplicate readiness item id &quot;%1&quot;</source>
        <translation>identifiant de contrôle de préparation « %1 » en double</translation>
    </message>
    <message>
        <source>unknown gate &quot;%1&quot;</source>
        <translation>porte inconnue « %1 »</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is not a gate (its kind is &quot;%2&quot;)</source>
        <translation>la tâche « %1 » n’est pas une porte (son type est « %2 »)</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>identifiant de tâche « %1 » en double</translation>
    </message>
    <message>
        <source>expected a number, null (a gap), &quot;Infinity&quot; or &quot;-Infinity&quot;, got %1</source>
        <translation>nombre, null (une lacune), &quot;Infinity&quot; ou &quot;-Infinity&quot; attendu, obtenu %1</translation>
    </message>
    <message>
        <source>%1 (already used at %2)</source>
        <translation>%1 (déjà utilisé en %2)</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %1</source>
        <translation>nombre de 0 à 1 attendu, obtenu %1</translation>
    </message>
    <message>
        <source>a second baseline named &quot;%1&quot; (names are unique)</source>
        <translation>une deuxième référence nommée « %1 » (les noms sont uniques)</translation>
    </message>
    <message>
        <source>expected a baseline name, got an empty string</source>
        <translation>nom de référence attendu, obtenu une chaîne vide</translation>
    </message>
    <message>
        <source>expected a seed (a whole number), got %1</source>
        <translation>graine attendue (un nombre entier), obtenu %1</translation>
    </message>
    <message>
        <source>a seed (a whole number)</source>
        <translation>une graine (un nombre entier)</translation>
    </message>
    <message>
        <source>expected a seed (a whole number up to 2^53, larger ones as a string), got %1</source>
        <translation>graine attendue (un nombre entier jusqu’à 2^53, au-delà sous forme de chaîne), obtenu %1</translation>
    </message>
    <message>
        <source>a number of iterations</source>
        <translation>un nombre de tirages</translation>
    </message>
    <message>
        <source>expected a whole number of iterations, got %1</source>
        <translation>nombre entier de tirages attendu, obtenu %1</translation>
    </message>
</context>
<context>
    <name>PlanLimits</name>
    <message>
        <source>expected a duration from 0 to %1 minutes (10 years), got %2</source>
        <translation>durée de 0 à %1 minutes (10 ans) attendue, obtenu %2</translation>
    </message>
    <message>
        <source>expected a lag from -%1 to %1 minutes (10 years), got %2</source>
        <translation>décalage de -%1 à %1 minutes (10 ans) attendu, obtenu %2</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3</source>
        <translation>%1 : %2 caractères ; la limite est de %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>PlanLinter</name>
    <message>
        <source>Dependency cycle: %1 → %2 (each task waits for the one before it).</source>
        <translation>Cycle de dépendances : %1 → %2 (chaque tâche attend la précédente).</translation>
    </message>
    <message>
        <source> Also caught in it: %1.</source>
        <translation> Également prises dans le cycle : %1.</translation>
    </message>
    <message>
        <source>nobody can see until when a rollback is still possible</source>
        <translation>personne ne peut voir jusqu’à quand un retour arrière est encore possible</translation>
    </message>
    <message>
        <source>downtime and the window fit cannot be computed</source>
        <translation>le temps d’arrêt et l’adéquation à la fenêtre ne peuvent pas être calculés</translation>
    </message>
    <message>
        <source>No task carries the mark &quot;%1&quot;; %2.</source>
        <translation>Aucune tâche ne porte le repère « %1 » ; %2.</translation>
    </message>
    <message>
        <source>Rollback step has no owner: nobody is named to run it.</source>
        <translation>L’étape de retour arrière n’a pas de responsable : personne n’est désigné pour l’exécuter.</translation>
    </message>
    <message>
        <source>Task has no owner: nobody is named to run it.</source>
        <translation>La tâche n’a pas de responsable : personne n’est désigné pour l’exécuter.</translation>
    </message>
    <message>
        <source>Estimates out of order: optimistic %1, likely %2, pessimistic %3 (expected optimistic ≤ likely ≤ pessimistic).</source>
        <translation>Estimations dans le désordre : optimiste %1, probable %2, pessimiste %3 (attendu optimiste ≤ probable ≤ pessimiste).</translation>
    </message>
    <message>
        <source>A duration is negative.</source>
        <translation>Une durée est négative.</translation>
    </message>
    <message>
        <source>Milestone has a duration (%1); milestones take no time and are scheduled as 0.</source>
        <translation>Le jalon a une durée (%1) ; les jalons ne prennent pas de temps et sont planifiés à 0.</translation>
    </message>
    <message>
        <source>Criterion names no metric to watch.</source>
        <translation>Le critère ne nomme aucune métrique à surveiller.</translation>
    </message>
    <message>
        <source>No imported series has metric &quot;%1&quot;; the criterion cannot be evaluated yet (import a monitoring export).</source>
        <translation>Aucune série importée n’a la métrique « %1 » ; le critère ne peut pas encore être évalué (importez un export de supervision).</translation>
    </message>
    <message>
        <source>No validation results are imported; the criterion cannot be evaluated yet.</source>
        <translation>Aucun résultat de validation n’est importé ; le critère ne peut pas encore être évalué.</translation>
    </message>
    <message>
        <source>The plan has no maintenance window; the freeze cannot be checked against it.</source>
        <translation>Le plan n’a pas de fenêtre de maintenance ; le gel des écritures ne peut pas y être confronté.</translation>
    </message>
    <message>
        <source>The maintenance window ends (%1) before it starts (%2).</source>
        <translation>La fenêtre de maintenance se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The plan cannot be scheduled: %1</source>
        <translation>Le plan ne peut pas être ordonnancé : %1</translation>
    </message>
    <message>
        <source>Traffic is switched (%1) before the write freeze starts (%2).</source>
        <translation>Le trafic est basculé (%1) avant le début du gel des écritures (%2).</translation>
    </message>
    <message>
        <source>The write freeze starts at %1, %2 before the window opens at %3.</source>
        <translation>Le gel des écritures commence à %1, %2 avant l’ouverture de la fenêtre à %3.</translation>
    </message>
    <message>
        <source>Traffic is switched at %1, %2 after the window closes at %3.</source>
        <translation>Le trafic est basculé à %1, %2 après la fermeture de la fenêtre à %3.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>readiness item</source>
        <translation>contrôle de préparation</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <source>readiness items</source>
        <translation>contrôles de préparation</translation>
    </message>
    <message>
        <source>Dependency cycle of %1 tasks: %2 → %3 (each task waits for the one before it).</source>
        <translation>Cycle de dépendances de %1 tâches : %2 → %3 (chaque tâche attend la précédente).</translation>
    </message>
</context>
<context>
    <name>PlanLock</name>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 sur %2 (processus %3)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of %2)</source>
        <translation>valeur inconnue « %1 » (attendu l’une de %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stored time (expected ISO 8601 with an offset)</source>
        <translation>« %1 » n’est pas une heure enregistrée (ISO 8601 avec décalage attendu)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>cannot read the stored plan: %1</source>
        <translation>impossible de lire le plan enregistré : %1</translation>
    </message>
    <message>
        <source>the plan row is missing</source>
        <translation>la ligne du plan est manquante</translation>
    </message>
    <message>
        <source>unknown marks %1</source>
        <translation>repères inconnus %1</translation>
    </message>
    <message>
        <source>a dependency refers to a missing task</source>
        <translation>une dépendance renvoie à une tâche manquante</translation>
    </message>
    <message>
        <source>cannot read the page count</source>
        <translation>impossible de lire le nombre de pages</translation>
    </message>
    <message>
        <source>the stored point count %1 does not fit the file</source>
        <translation>le nombre de points enregistré (%1) ne correspond pas au fichier</translation>
    </message>
    <message>
        <source>a label refers to a missing series</source>
        <translation>une étiquette renvoie à une série manquante</translation>
    </message>
    <message>
        <source>a chunk of points refers to a missing series</source>
        <translation>un bloc de points renvoie à une série manquante</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>le bloc %1 est manquant</translation>
    </message>
    <message>
        <source>the stored points are damaged (checksum mismatch)</source>
        <translation>les points enregistrés sont endommagés (somme de contrôle incorrecte)</translation>
    </message>
    <message>
        <source>the stored points do not match their count</source>
        <translation>les points enregistrés ne correspondent pas à leur nombre</translation>
    </message>
    <message>
        <source>%1 of %2 points are stored</source>
        <translation>%1 points sur %2 sont enregistrés</translation>
    </message>
    <message>
        <source>the plan breaks a limit: %1</source>
        <translation>le plan dépasse une limite : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a seed</source>
        <translation>« %1 » n’est pas une graine</translation>
    </message>
    <message>
        <source>a baseline task refers to a missing baseline</source>
        <translation>une tâche d’une référence renvoie à une référence manquante</translation>
    </message>
    <message>
        <source>a baseline criterion refers to a missing baseline</source>
        <translation>un critère d’une référence renvoie à une référence manquante</translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>no upgrade from schema %1</source>
        <translation>aucune mise à niveau depuis le schéma %1</translation>
    </message>
    <message>
        <source>upgrading schema %1 to %2 failed: %3</source>
        <translation>échec de la mise à niveau du schéma %1 vers %2 : %3</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>not computed: %1</source>
        <translation>non calculé : %1</translation>
    </message>
    <message>
        <source>unknown (needs tasks marked freeze-start and traffic-switched)</source>
        <translation>inconnu (nécessite des tâches marquées freeze-start et traffic-switched)</translation>
    </message>
    <message>
        <source>unknown (needs a maintenance window)</source>
        <translation>inconnu (nécessite une fenêtre de maintenance)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>the write freeze starts %1 before the window opens</source>
        <translation>le gel des écritures commence %1 avant l’ouverture de la fenêtre</translation>
    </message>
    <message>
        <source>traffic is switched %1 after the window closes</source>
        <translation>le trafic est basculé %1 après la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>non : %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 too late</source>
        <translation>%1 trop tard</translation>
    </message>
    <message>
        <source>the point of no return (“%1”)</source>
        <translation>le point de non-retour (« %1 »)</translation>
    </message>
    <message>
        <source>the traffic switch (“%1”)</source>
        <translation>la bascule du trafic (« %1 »)</translation>
    </message>
    <message>
        <source>no rollback steps planned</source>
        <translation>aucune étape de retour arrière prévue</translation>
    </message>
    <message>
        <source>needs a maintenance window</source>
        <translation>nécessite une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>needs a task marked point-of-no-return or traffic-switched</source>
        <translation>nécessite une tâche marquée point-of-no-return ou traffic-switched</translation>
    </message>
    <message>
        <source>needs a plan start</source>
        <translation>nécessite un début de plan</translation>
    </message>
</context>
<context>
    <name>PlanTemplates</name>
    <message>
        <source>unknown template &quot;%1&quot; (expected one of %2)</source>
        <translation>modèle inconnu « %1 » (attendu l’un de %2)</translation>
    </message>
    <message>
        <source>the start time is not valid</source>
        <translation>l’heure de début n’est pas valide</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (expected an IANA name such as Europe/Berlin)</source>
        <translation>fuseau horaire inconnu « %1 » (nom IANA attendu, p. ex. Europe/Berlin)</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; is missing from the program (%2)</source>
        <translation>le modèle « %1 » est absent du programme (%2)</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>A phase has no id.</source>
        <translation>Une phase n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>Phase id &quot;%1&quot; is used more than once.</source>
        <translation>L’identifiant de phase « %1 » est utilisé plusieurs fois.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; has no id.</source>
        <translation>La tâche « %1 » n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>Task id &quot;%1&quot; is used more than once.</source>
        <translation>L’identifiant de tâche « %1 » est utilisé plusieurs fois.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is in unknown phase &quot;%2&quot;.</source>
        <translation>La tâche « %1 » est dans la phase inconnue « %2 ».</translation>
    </message>
    <message>
        <source>Rollback task &quot;%1&quot; carries a mark; marks belong to runbook tasks.</source>
        <translation>La tâche de retour arrière « %1 » porte un repère ; les repères appartiennent aux tâches du runbook.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; depends on itself.</source>
        <translation>La tâche « %1 » dépend d’elle-même.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; waits on unknown task &quot;%2&quot;.</source>
        <translation>La tâche « %1 » attend la tâche inconnue « %2 ».</translation>
    </message>
    <message>
        <source>Rollback task &quot;%1&quot; depends on runbook task &quot;%2&quot;; rollback tasks may depend only on rollback tasks.</source>
        <translation>La tâche de retour arrière « %1 » dépend de la tâche du runbook « %2 » ; les tâches de retour arrière ne peuvent dépendre que de tâches de retour arrière.</translation>
    </message>
    <message>
        <source>Runbook task &quot;%1&quot; depends on rollback task &quot;%2&quot;.</source>
        <translation>La tâche du runbook « %1 » dépend de la tâche de retour arrière « %2 ».</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; is on %2 tasks (%3); it may be on one task only.</source>
        <translation>Le repère « %1 » est sur %2 tâches (%3) ; il ne peut être que sur une seule tâche.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; has no id.</source>
        <translation>Le critère « %1 » n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>Criterion id &quot;%1&quot; is used more than once.</source>
        <translation>L’identifiant de critère « %1 » est utilisé plusieurs fois.</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; has a negative sustain time.</source>
        <translation>Le critère « %1 » a une durée de maintien négative.</translation>
    </message>
    <message>
        <source>Readiness item id &quot;%1&quot; is used more than once.</source>
        <translation>L’identifiant de contrôle de préparation « %1 » est utilisé plusieurs fois.</translation>
    </message>
    <message>
        <source>A decision refers to unknown gate &quot;%1&quot;.</source>
        <translation>Une décision renvoie à la porte inconnue « %1 ».</translation>
    </message>
    <message>
        <source>A decision refers to &quot;%1&quot;, which is not a gate.</source>
        <translation>Une décision renvoie à « %1 », qui n’est pas une porte.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>the id of %1</source>
        <translation>l’identifiant de %1</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>le nom de %1</translation>
    </message>
    <message>
        <source>the owner of %1</source>
        <translation>le responsable de %1</translation>
    </message>
    <message>
        <source>the notes of %1</source>
        <translation>les notes de %1</translation>
    </message>
    <message>
        <source>optimistic</source>
        <translation>optimiste</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>pessimistic</source>
        <translation>pessimiste</translation>
    </message>
    <message>
        <source>The %1 duration of %2: %3.</source>
        <translation>La durée %1 de %2 : %3.</translation>
    </message>
    <message>
        <source>The link of %1 to &quot;%2&quot;: %3.</source>
        <translation>Le lien de %1 vers « %2 » : %3.</translation>
    </message>
    <message>
        <source>the plan name</source>
        <translation>le nom du plan</translation>
    </message>
    <message>
        <source>the plan author</source>
        <translation>l’auteur du plan</translation>
    </message>
    <message>
        <source>the plan description</source>
        <translation>la description du plan</translation>
    </message>
    <message>
        <source>a phase id</source>
        <translation>un identifiant de phase</translation>
    </message>
    <message>
        <source>the name of phase &quot;%1&quot;</source>
        <translation>le nom de la phase « %1 »</translation>
    </message>
    <message>
        <source>the description of phase &quot;%1&quot;</source>
        <translation>la description de la phase « %1 »</translation>
    </message>
    <message>
        <source>task</source>
        <translation>la tâche</translation>
    </message>
    <message>
        <source>rollback task</source>
        <translation>l’étape de retour arrière</translation>
    </message>
    <message>
        <source>a criterion id</source>
        <translation>un identifiant de critère</translation>
    </message>
    <message>
        <source>the name of criterion &quot;%1&quot;</source>
        <translation>le nom du critère « %1 »</translation>
    </message>
    <message>
        <source>the metric of criterion &quot;%1&quot;</source>
        <translation>la métrique du critère « %1 »</translation>
    </message>
    <message>
        <source>the notes of criterion &quot;%1&quot;</source>
        <translation>les notes du critère « %1 »</translation>
    </message>
    <message>
        <source>Criterion &quot;%1&quot; is sustained for %2 s; the limit is %3 s (10 years).</source>
        <translation>Le critère « %1 » a une durée de maintien de %2 s ; la limite est de %3 s (10 ans).</translation>
    </message>
    <message>
        <source>the decider at gate &quot;%1&quot;</source>
        <translation>le décideur de la porte « %1 »</translation>
    </message>
    <message>
        <source>the rationale at gate &quot;%1&quot;</source>
        <translation>la justification de la porte « %1 »</translation>
    </message>
    <message>
        <source>a readiness item id</source>
        <translation>un identifiant de contrôle de préparation</translation>
    </message>
    <message>
        <source>the text of readiness item &quot;%1&quot;</source>
        <translation>le texte du contrôle de préparation « %1 »</translation>
    </message>
    <message>
        <source>the evidence of readiness item &quot;%1&quot;</source>
        <translation>la preuve du contrôle de préparation « %1 »</translation>
    </message>
    <message>
        <source>Hypercare lasts %1 h; expected 0 to %2 h (10 years).</source>
        <translation>L’hypercare dure %1 h ; attendu de 0 à %2 h (10 ans).</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot;: %2.</source>
        <translation>SLA « %1 » : %2.</translation>
    </message>
    <message>
        <source>series &quot;%1&quot;</source>
        <translation>la série « %1 »</translation>
    </message>
    <message>
        <source>a series id</source>
        <translation>un identifiant de série</translation>
    </message>
    <message>
        <source>the metric of %1</source>
        <translation>la métrique de %1</translation>
    </message>
    <message>
        <source>the unit of %1</source>
        <translation>l’unité de %1</translation>
    </message>
    <message>
        <source>%1 has %2 labels; the limit is %3.</source>
        <translation>Trop d’étiquettes pour %1 : %2 ; la limite est de %3.</translation>
    </message>
    <message>
        <source>a label name of %1</source>
        <translation>un nom d’étiquette de %1</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of %2</source>
        <translation>l’étiquette « %1 » de %2</translation>
    </message>
</context>
<context>
    <name>PlanWriteLock</name>
    <message>
        <source>cannot save: cannot create the lock file %1: %2</source>
        <translation>enregistrement impossible : impossible de créer le fichier de verrou %1 : %2</translation>
    </message>
    <message>
        <source>cannot save: cannot lock %1: %2</source>
        <translation>enregistrement impossible : impossible de verrouiller %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>another program has been saving this plan for more than %n s; the plan was not changed</source>
        <translation>
            <numerusform>un autre programme enregistre ce plan depuis plus de %n s ; le plan n’a pas été modifié</numerusform>
            <numerusform>un autre programme enregistre ce plan depuis plus de %n s ; le plan n’a pas été modifié</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <source>cannot store the %1: %2</source>
        <translation>impossible d’enregistrer la table %1 : %2</translation>
    </message>
    <message>
        <source>cannot store series %1: it has %2 times but %3 values</source>
        <translation>impossible d’enregistrer la série %1 : elle a %2 instants mais %3 valeurs</translation>
    </message>
</context>
<context>
    <name>RemoveTasksCommand</name>
    <message>
        <source>Delete task &quot;%1&quot;</source>
        <translation>Supprimer la tâche « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Supprimer %n tâche</numerusform>
            <numerusform>Supprimer %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cutover report: %1</source>
        <translation>Rapport de bascule : %1</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Cutover plan, maintenance window %1 to %2 (%3)</source>
        <translation>Plan de bascule, fenêtre de maintenance du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Cutover plan, stakeholder report</source>
        <translation>Plan de bascule, rapport pour les parties prenantes</translation>
    </message>
    <message>
        <source>Cutover Planner</source>
        <translation>Cutover Planner</translation>
    </message>
    <message>
        <source>no device to print the report on</source>
        <translation>aucun périphérique sur lequel imprimer le rapport</translation>
    </message>
    <message>
        <source>the printable area (%1 × %2 pt) is too small for the report</source>
        <translation>la zone imprimable (%1 × %2 pt) est trop petite pour le rapport</translation>
    </message>
    <message>
        <source>Generated %1 · Cutover Planner</source>
        <translation>Généré le %1 · Cutover Planner</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>impossible de dessiner sur le périphérique de sortie</translation>
    </message>
    <message>
        <source>the output device refused page %1</source>
        <translation>le périphérique de sortie a refusé la page %1</translation>
    </message>
    <message>
        <source>the output device failed to finish the report</source>
        <translation>le périphérique de sortie n’a pas pu terminer le rapport</translation>
    </message>
    <message>
        <source>cutover, migration, runbook, rollback</source>
        <translation>bascule, migration, runbook, retour arrière</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>impossible d’écrire le rapport : %1</translation>
    </message>
    <message>
        <source>cannot save the report: %1</source>
        <translation>impossible d’enregistrer le rapport : %1</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>iterations must be between 1 and %1, not %2</source>
        <translation>le nombre de tirages doit être compris entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>the report has no section selected</source>
        <translation>aucune section n’est sélectionnée pour le rapport</translation>
    </message>
    <message>
        <source>cannot schedule the plan: %1</source>
        <translation>impossible d’ordonnancer le plan : %1</translation>
    </message>
    <message>
        <source>simulation failed: %1</source>
        <translation>échec de la simulation : %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
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
        <translation>rapport-bascule</translation>
    </message>
    <message>
        <source>no printer</source>
        <translation>aucune imprimante</translation>
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
        <translation>DÉPASSÉ</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
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
        <translation>suspension</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>exempté</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>CUTOVER PLAN · STAKEHOLDER REPORT</source>
        <translation>PLAN DE BASCULE · RAPPORT POUR LES PARTIES PRENANTES</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré le</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>%1 runbook steps in %2 phases, %3 rollback steps</source>
        <translation>%1 étapes du runbook en %2 phases, %3 étapes de retour arrière</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>; P80 %1, P95 %2</source>
        <translation> ; P80 %1, P95 %2</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Write freeze (downtime)</source>
        <translation>Gel des écritures (temps d’arrêt)</translation>
    </message>
    <message>
        <source>%1 → %2 at likely durations</source>
        <translation>%1 → %2 avec les durées probables</translation>
    </message>
    <message>
        <source>likely %1</source>
        <translation>probable %1</translation>
    </message>
    <message>
        <source>; simulated P50 %1, P80 %2, P95 %3</source>
        <translation> ; simulé P50 %1, P80 %2, P95 %3</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Temps d’arrêt</translation>
    </message>
    <message>
        <source>not known: mark the tasks where the write freeze starts and traffic is switched</source>
        <translation>inconnu : repérez les tâches où commence le gel des écritures et où le trafic est basculé</translation>
    </message>
    <message>
        <source>%1 of %2 simulated runs</source>
        <translation>%1 des %2 tirages simulés</translation>
    </message>
    <message>
        <source>fits at likely durations</source>
        <translation>tient avec les durées probables</translation>
    </message>
    <message>
        <source>Probability of fitting the window</source>
        <translation>Probabilité de tenir dans la fenêtre</translation>
    </message>
    <message>
        <source>; P80 %1</source>
        <translation> ; P80 %1</translation>
    </message>
    <message>
        <source>Rollback duration</source>
        <translation>Durée du retour arrière</translation>
    </message>
    <message>
        <source>Rollback deadline</source>
        <translation>Échéance du retour arrière</translation>
    </message>
    <message>
        <source>none: the plan has no rollback steps</source>
        <translation>aucune : le plan n’a pas d’étapes de retour arrière</translation>
    </message>
    <message>
        <source>Rollback margin</source>
        <translation>Marge de retour arrière</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>%1 steps: %2</source>
        <translation>%1 étapes : %2</translation>
    </message>
    <message>
        <source>Rollback criteria</source>
        <translation>Critères de retour arrière</translation>
    </message>
    <message>
        <source>%1 criteria: %2 breached (%3 with action rollback), %4 OK, %5 without data</source>
        <translation>%1 critères : %2 dépassés (%3 avec l’action retour arrière), %4 OK, %5 sans données</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>%1 of %2 items open or in progress</source>
        <translation>%1 éléments sur %2 ouverts ou en cours</translation>
    </message>
    <message>
        <source>Latest go/no-go decisions</source>
        <translation>Dernières décisions go/no-go</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Every step at its likely duration; float is how long a step can slip without moving the finish. Steps marked ● are on the critical path. Times in %1.</source>
        <translation>Chaque étape avec sa durée probable ; la marge indique de combien une étape peut glisser sans décaler la fin. Les étapes marquées ● sont sur le chemin critique. Heures dans le fuseau %1.</translation>
    </message>
    <message>
        <source>go/no-go gate</source>
        <translation>porte go/no-go</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>Le plan n’a pas encore de tâches.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Duration (range)</source>
        <translation>Durée (plage)</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <source>The plan has no rollback steps. Without them no rollback deadline can be given.</source>
        <translation>Le plan n’a pas d’étapes de retour arrière. Sans elles, aucune échéance de retour arrière ne peut être donnée.</translation>
    </message>
    <message>
        <source>Rolling back takes %1 at likely durations</source>
        <translation>Le retour arrière dure %1 avec les durées probables</translation>
    </message>
    <message>
        <source> and %1 at P80</source>
        <translation> et %1 au P80</translation>
    </message>
    <message>
        <source> to finish inside the window.</source>
        <translation> pour se terminer dans la fenêtre.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Starts after</source>
        <translation>Commence après</translation>
    </message>
    <message>
        <source>Done after</source>
        <translation>Fini après</translation>
    </message>
    <message>
        <source>The plan has no rollback criteria.</source>
        <translation>Le plan n’a pas de critères de retour arrière.</translation>
    </message>
    <message>
        <source>YES (occurred)</source>
        <translation>OUI (survenu)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>First breach</source>
        <translation>Premier dépassement</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Pire valeur</translation>
    </message>
    <message>
        <source>Go/no-go gates</source>
        <translation>Portes go/no-go</translation>
    </message>
    <message>
        <source>The plan has no go/no-go gates.</source>
        <translation>Le plan n’a pas de portes go/no-go.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle de préparation</translation>
    </message>
    <message>
        <source>The plan has no readiness items.</source>
        <translation>Le plan n’a pas de contrôles de préparation.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Hypercare</source>
        <translation>Hypercare</translation>
    </message>
    <message>
        <source>Hypercare lasts %1 after go-live.</source>
        <translation>L’hypercare dure %1 après la mise en production.</translation>
    </message>
    <message>
        <source>No hypercare period is set.</source>
        <translation>Aucune période d’hypercare n’est définie.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Response within</source>
        <translation>Prise en charge sous</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>Résolution sous</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Joignable par</translation>
    </message>
    <message>
        <source>No hypercare contacts are recorded.</source>
        <translation>Aucun contact d’hypercare n’est enregistré.</translation>
    </message>
    <message>
        <source>Monitoring data</source>
        <translation>Données de supervision</translation>
    </message>
    <message>
        <source>none imported (no lag or validation exports)</source>
        <translation>aucune importée (aucun export de latence ou de validation)</translation>
    </message>
    <message>
        <source>none imported: the rollback criteria cannot be checked yet</source>
        <translation>aucune importée : les critères de retour arrière ne peuvent pas encore être vérifiés</translation>
    </message>
    <message>
        <source>Readiness and hypercare</source>
        <translation>Préparation et hypercare</translation>
    </message>
    <message>
        <source>no readiness checklist, hypercare period or contacts recorded</source>
        <translation>aucune liste de préparation, période d’hypercare ni contact enregistré</translation>
    </message>
    <message>
        <source>the plan has no tasks yet, so there is no timeline, runbook or simulation</source>
        <translation>le plan n’a pas encore de tâches : pas de chronologie, de runbook ni de simulation</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source> (P80)</source>
        <translation> (P80)</translation>
    </message>
    <message>
        <source> (likely)</source>
        <translation> (probable)</translation>
    </message>
    <message>
        <source>Fits the window</source>
        <translation>Tient dans la fenêtre</translation>
    </message>
    <message>
        <source>at likely durations: %1</source>
        <translation>avec les durées probables : %1</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (probable)</translation>
    </message>
    <message>
        <source>; %1 (P80)</source>
        <translation> ; %1 (P80)</translation>
    </message>
    <message>
        <source> from %1, done at %2, to the rollback deadline</source>
        <translation> depuis %1, qui se termine à %2, jusqu’à l’échéance du retour arrière</translation>
    </message>
    <message>
        <source>Rollback deadline %1.</source>
        <translation>Échéance du retour arrière : %1.</translation>
    </message>
    <message>
        <source>, so it must start by %1 (likely)</source>
        <translation>, il doit donc commencer au plus tard à %1 (probable)</translation>
    </message>
    <message>
        <source> or by %1 to be 80 % sure (P80)</source>
        <translation> ou, avec 80 % de certitude, à %1 (P80)</translation>
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
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 as of baseline “%3”.</source>
        <translation>Approuvé par %1 le %2 sur la base de la référence « %3 ».</translation>
    </message>
    <message>
        <source>The plan has changed since it was approved (status: %1).</source>
        <translation>Le plan a changé depuis son approbation (statut : %1).</translation>
    </message>
    <message>
        <source>The plan has not changed since.</source>
        <translation>Le plan n’a pas changé depuis.</translation>
    </message>
    <message>
        <source>Not approved (status: %1).</source>
        <translation>Non approuvé (statut : %1).</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Modifications depuis %1</translation>
    </message>
    <message>
        <source>Baseline “%1” was taken on %2</source>
        <translation>La référence « %1 » a été créée le %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Downtime (likely)</source>
        <translation>Temps d’arrêt (probable)</translation>
    </message>
    <message>
        <source>Downtime (P80)</source>
        <translation>Temps d’arrêt (P80)</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Échéance du retour arrière (P80)</translation>
    </message>
    <message>
        <source>The runbook, rollback plan and criteria are as in the baseline.</source>
        <translation>Le runbook, le plan de retour arrière et les critères sont identiques à la référence.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>rollback step added</source>
        <translation>étape de retour arrière ajoutée</translation>
    </message>
    <message>
        <source>rollback step removed</source>
        <translation>étape de retour arrière supprimée</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>retour arrière : %1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>Each runbook change&apos;s effect on downtime is that change alone applied to the baseline; the biggest effects come first.</source>
        <translation>L’effet de chaque modification du runbook sur le temps d’arrêt est celui de cette seule modification appliquée à la référence ; les effets les plus importants viennent en premier.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Downtime effect</source>
        <translation>Effet sur le temps d’arrêt</translation>
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
        <translation> ; le retour arrière doit commencer au plus tard à %1</translation>
    </message>
    <message>
        <source>The downtime cannot be judged: no task is marked as the start of the write freeze and the traffic switch</source>
        <translation>Le temps d’arrêt ne peut pas être évalué : aucune tâche n’est repérée comme début du gel des écritures et comme bascule du trafic</translation>
    </message>
    <message>
        <source>No maintenance window is set, so the fit cannot be judged</source>
        <translation>Aucune fenêtre de maintenance n’est définie, l’adéquation ne peut donc pas être évaluée</translation>
    </message>
    <message>
        <source>Fits the window with %1 confidence%2</source>
        <translation>Tient dans la fenêtre avec une confiance de %1%2</translation>
    </message>
    <message>
        <source>At risk: fits the window with only %1 confidence%2</source>
        <translation>À risque : tient dans la fenêtre avec une confiance de seulement %1%2</translation>
    </message>
    <message>
        <source>Unlikely to fit the window (%1 confidence)%2</source>
        <translation>Peu de chances de tenir dans la fenêtre (confiance de %1)%2</translation>
    </message>
    <message>
        <source>Fits the window at likely durations (not simulated)%1</source>
        <translation>Tient dans la fenêtre avec les durées probables (non simulé)%1</translation>
    </message>
    <message>
        <source>Does not fit the window even at likely durations%1</source>
        <translation>Ne tient pas dans la fenêtre, même avec les durées probables%1</translation>
    </message>
    <message>
        <source>The fit with the window cannot be judged</source>
        <translation>L’adéquation à la fenêtre ne peut pas être évaluée</translation>
    </message>
    <message>
        <source>The latest decision at “%1” is NO-GO.</source>
        <translation>La dernière décision à « %1 » est NO-GO.</translation>
    </message>
    <message>
        <source>The latest decision at “%1” is to hold.</source>
        <translation>La dernière décision à « %1 » est de suspendre.</translation>
    </message>
    <message>
        <source>1 rollback criterion is breached in the imported data.</source>
        <translation>1 critère de retour arrière est dépassé dans les données importées.</translation>
    </message>
    <message>
        <source>%1 rollback criteria are breached in the imported data.</source>
        <translation>%1 critères de retour arrière sont dépassés dans les données importées.</translation>
    </message>
    <message>
        <source>1 readiness item is still open.</source>
        <translation>1 contrôle de préparation est encore ouvert.</translation>
    </message>
    <message>
        <source>%1 readiness items are still open.</source>
        <translation>%1 contrôles de préparation sont encore ouverts.</translation>
    </message>
    <message>
        <source>Not computed: the plan has %1 errors, the first: %2</source>
        <translation>Non calculé : le plan a %1 erreurs, la première : %2</translation>
    </message>
    <message>
        <source>Not computed: the plan has an error: %1</source>
        <translation>Non calculé : le plan a une erreur : %1</translation>
    </message>
</context>
<context>
    <name>RunbookClipboard</name>
    <message>
        <source>the clipboard holds no cells to paste</source>
        <translation>le presse-papiers ne contient aucune cellule à coller</translation>
    </message>
    <message>
        <source>the clipboard holds only a header line</source>
        <translation>le presse-papiers ne contient qu’une ligne d’en-tête</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>line %1: the ID &quot;%2&quot; appears twice in the pasted rows</source>
        <translation>ligne %1 : l’identifiant « %2 » apparaît deux fois dans les lignes collées</translation>
    </message>
    <message>
        <source>line %1: a task cannot wait for itself</source>
        <translation>ligne %1 : une tâche ne peut pas s’attendre elle-même</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n tasks</source>
        <translation>
            <numerusform>Coller %n tâche</numerusform>
            <numerusform>Coller %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>select the cell to paste into first</source>
        <translation>sélectionnez d’abord la cellule où coller</translation>
    </message>
    <message numerus="yes">
        <source>the %n pasted lines run past the last task</source>
        <translation>
            <numerusform>la %n ligne collée dépasse la dernière tâche</numerusform>
            <numerusform>les %n lignes collées dépassent la dernière tâche</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 has more cells than there are columns to the right</source>
        <translation>la ligne %1 a plus de cellules qu’il n’y a de colonnes à droite</translation>
    </message>
    <message>
        <source>line %1: the ID &quot;%2&quot; appears twice in the pasted cells</source>
        <translation>ligne %1 : l’identifiant « %2 » apparaît deux fois dans les cellules collées</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunbookCsv</name>
    <message>
        <source>the plan&apos;s name, window and time zone (a runbook has only tasks)</source>
        <translation>le nom, la fenêtre et le fuseau horaire du plan (un runbook n&apos;a que des tâches)</translation>
    </message>
    <message>
        <source>the phase descriptions</source>
        <translation>les descriptions des phases</translation>
    </message>
    <message>
        <source>the schedule columns (the plan cannot be scheduled: %1)</source>
        <translation>les colonnes du planning (le plan ne peut pas être planifié : %1)</translation>
    </message>
    <message>
        <source>the file is empty (expected a header row with id, name, likely, ...)</source>
        <translation>le fichier est vide (attendu : une ligne d&apos;en-tête avec id, name, likely, ...)</translation>
    </message>
    <message>
        <source>%1 columns, more than %2</source>
        <translation>%1 colonnes, plus de %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice (expected each column once)</source>
        <translation>la colonne « %1 » apparaît deux fois (attendu : chaque colonne une fois)</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; column (expected a header row with at least id, name and likely; the columns are %2)</source>
        <translation>pas de colonne « %1 » (attendu : une ligne d&apos;en-tête avec au moins id, name et likely ; les colonnes sont %2)</translation>
    </message>
    <message>
        <source>unknown columns ignored: %1</source>
        <translation>colonnes inconnues ignorées : %1</translation>
    </message>
    <message>
        <source>empty id (expected a task id such as &quot;freeze&quot;)</source>
        <translation>identifiant vide (attendu : un identifiant de tâche comme « freeze »)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>type « %1 » inconnu (attendu : l&apos;un de %2)</translation>
    </message>
    <message>
        <source>empty %1 duration (expected minutes, e.g. 90 or 1h30)</source>
        <translation>durée %1 vide (attendu : des minutes, p. ex. 90 ou 1h30)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as the %2 duration (expected minutes, e.g. 90 or 1h30)</source>
        <translation>impossible de lire « %1 » comme durée %2 (attendu : des minutes, p. ex. 90 ou 1h30)</translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (expected one of %2)</source>
        <translation>distribution « %1 » inconnue (attendu : l&apos;une de %2)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (expected ISO 8601 with an offset, e.g. 2026-12-05T22:00:00+01:00)</source>
        <translation>impossible de lire « %1 » comme heure (attendu : ISO 8601 avec décalage, p. ex. 2026-12-05T22:00:00+01:00)</translation>
    </message>
    <message>
        <source>unknown mark &quot;%1&quot; (expected one of %2)</source>
        <translation>marque « %1 » inconnue (attendu : l&apos;une de %2)</translation>
    </message>
    <message>
        <source>no tasks (expected a row per task below the header)</source>
        <translation>aucune tâche (attendu : une ligne par tâche sous l&apos;en-tête)</translation>
    </message>
    <message>
        <source>no start or notBefore times: the plan starts %1 (change it in the plan)</source>
        <translation>aucune heure start ou notBefore : le plan commence %1 (à modifier dans le plan)</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>impossible d&apos;ouvrir en lecture : %1</translation>
    </message>
    <message>
        <source>is %1 MB, more than a runbook can be (256 MB)</source>
        <translation>fait %1 Mo, plus qu&apos;un runbook ne peut faire (256 Mo)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire : %1</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>cannot save: too many levels of symbolic links</source>
        <translation>enregistrement impossible : trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>is a folder; cannot save the plan there</source>
        <translation>est un dossier ; impossible d’y enregistrer le plan</translation>
    </message>
    <message>
        <source>cannot save: the folder %1 does not exist</source>
        <translation>enregistrement impossible : le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the plan is read-only (mode %1); it was not changed</source>
        <translation>le plan est en lecture seule (mode %1) ; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>cannot save: the folder %1 is read-only; the plan was not changed</source>
        <translation>enregistrement impossible : le dossier %1 est en lecture seule ; le plan n’a pas été modifié</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>cannot save: the plan belongs to user %1, group %2, and a saved copy could not keep that owner (%3); the plan was not changed</source>
        <translation>enregistrement impossible : le plan appartient à l’utilisateur %1, groupe %2, et une copie enregistrée n’a pas pu garder ce propriétaire (%3) ; le plan n’a pas été modifié</translation>
    </message>
    <message>
        <source>cannot save: cannot keep the plan&apos;s mode %1: %2</source>
        <translation>enregistrement impossible : impossible de conserver le mode %1 du plan : %2</translation>
    </message>
    <message>
        <source>cannot remove the leftover %1; the plan was not changed</source>
        <translation>impossible de supprimer le fichier résiduel %1 ; le plan n’a pas été modifié</translation>
    </message>
    <message>
        <source>is in use by another program (%1 lies beside it); close that program and try again; the plan was not changed</source>
        <translation>est utilisé par un autre programme (%1 se trouve à côté) ; fermez ce programme et réessayez ; le plan n’a pas été modifié</translation>
    </message>
    <message>
        <source>cannot recover the leftover %1: %2; the plan was not changed</source>
        <translation>impossible de récupérer le fichier résiduel %1 : %2 ; le plan n’a pas été modifié</translation>
    </message>
</context>
<context>
    <name>SectionAdapters</name>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » n’est pas parmi %2</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 ne peut pas être vide</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>an ID cannot be empty or contain spaces</source>
        <translation>un identifiant ne peut être vide ni contenir d’espaces</translation>
    </message>
    <message>
        <source>the ID &quot;%1&quot; is already used</source>
        <translation>l’identifiant « %1 » est déjà utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks are in phase &quot;%1&quot;; rename its name instead, or move them first</source>
        <translation>
            <numerusform>%n tâche est dans la phase « %1 » ; renommez plutôt son nom, ou déplacez-la d’abord</numerusform>
            <numerusform>%n tâches sont dans la phase « %1 » ; renommez plutôt son nom, ou déplacez-les d’abord</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; still has tasks; move them to another phase first</source>
        <translation>la phase « %1 » contient encore des tâches ; déplacez-les d’abord vers une autre phase</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Modifier la phase</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phases</source>
        <translation>
            <numerusform>Supprimer %n phase</numerusform>
            <numerusform>Supprimer %n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>New rollback step</source>
        <translation>Nouvelle étape de retour arrière</translation>
    </message>
    <message>
        <source>Add rollback step</source>
        <translation>Ajouter une étape de retour arrière</translation>
    </message>
    <message>
        <source>Edit rollback step</source>
        <translation>Modifier l’étape de retour arrière</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rollback steps</source>
        <translation>
            <numerusform>Supprimer %n étape de retour arrière</numerusform>
            <numerusform>Supprimer %n étapes de retour arrière</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>metric: over imported series; validation: failed objects; manual: a person answers</source>
        <translation>metric : sur les séries importées ; validation : objets en échec ; manual : une personne répond</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a number</source>
        <translation>impossible de lire « %1 » comme nombre</translation>
    </message>
    <message>
        <source>Sustained for</source>
        <translation>Maintenu pendant</translation>
    </message>
    <message>
        <source>How long the condition must hold, e.g. 5m or 300s; 0 = a single point</source>
        <translation>Durée pendant laquelle la condition doit tenir, p. ex. 5m ou 300s ; 0 = un seul point</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration (e.g. 5m, 300s, 1h)</source>
        <translation>impossible de lire « %1 » comme durée (p. ex. 5m, 300s, 1h)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Manual criteria: has the bad condition occurred?</source>
        <translation>Critères manuels : la situation défavorable s’est-elle produite ?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Modifier le critère</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n criteria</source>
        <translation>
            <numerusform>Supprimer %n critère</numerusform>
            <numerusform>Supprimer %n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>The ID of a go/no-go gate task</source>
        <translation>L’identifiant d’une tâche porte go/no-go</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gate task (gates: %2)</source>
        <translation>« %1 » n’est pas une tâche porte (portes : %2)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Time in the plan&apos;s time zone, e.g. 2026-12-05 22:40</source>
        <translation>Heure dans le fuseau du plan, p. ex. 2026-12-05 22:40</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Add gate decision</source>
        <translation>Ajouter une décision de porte</translation>
    </message>
    <message>
        <source>Edit gate decision</source>
        <translation>Modifier la décision de porte</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n gate decisions</source>
        <translation>
            <numerusform>Supprimer %n décision de porte</numerusform>
            <numerusform>Supprimer %n décisions de porte</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Nouveau contrôle</translation>
    </message>
    <message>
        <source>Add readiness check</source>
        <translation>Ajouter un contrôle de préparation</translation>
    </message>
    <message>
        <source>Edit readiness check</source>
        <translation>Modifier le contrôle de préparation</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n readiness checks</source>
        <translation>
            <numerusform>Supprimer %n contrôle de préparation</numerusform>
            <numerusform>Supprimer %n contrôles de préparation</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 15, 1h, 4h30</source>
        <translation>p. ex. 15, 1h, 4h30</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration (e.g. 15, 1h, 4h30)</source>
        <translation>impossible de lire « %1 » comme durée (p. ex. 15, 1h, 4h30)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Sev %1</translation>
    </message>
    <message>
        <source>Add SLA target</source>
        <translation>Ajouter un objectif de SLA</translation>
    </message>
    <message>
        <source>Edit SLA target</source>
        <translation>Modifier l’objectif de SLA</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n SLA targets</source>
        <translation>
            <numerusform>Supprimer %n objectif de SLA</numerusform>
            <numerusform>Supprimer %n objectifs de SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Joignable par</translation>
    </message>
    <message>
        <source>Phone, e-mail or chat channel</source>
        <translation>Téléphone, e-mail ou canal de discussion</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionNames</name>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Rollback plan, criteria and go/no-go decisions</source>
        <translation>Plan de retour arrière, critères et décisions go/no-go</translation>
    </message>
    <message>
        <source>Monitoring and validation</source>
        <translation>Supervision et validation</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Readiness and hypercare</source>
        <translation>Préparation et hypercare</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot; (expected a comma-separated list of: all, %2)</source>
        <translation>section inconnue « %1 » (liste séparée par des virgules attendue parmi : all, %2)</translation>
    </message>
    <message>
        <source>no section given (expected a comma-separated list of: all, %1)</source>
        <translation>aucune section indiquée (liste séparée par des virgules attendue parmi : all, %1)</translation>
    </message>
    <message>
        <source>Sign-off and changes</source>
        <translation>Approbation et modifications</translation>
    </message>
</context>
<context>
    <name>SeriesSelection</name>
    <message>
        <source>as chosen in the monitoring view</source>
        <translation>comme choisi dans la vue de supervision</translation>
    </message>
    <message>
        <source>the series a rollback criterion watches</source>
        <translation>les séries qu’un critère de retour arrière surveille</translation>
    </message>
    <message numerus="yes">
        <source>the first %n, as no rollback criterion watches one</source>
        <translation>
            <numerusform>les %n premières, car aucun critère de retour arrière n’en surveille</numerusform>
            <numerusform>les %n premières, car aucun critère de retour arrière n’en surveille</numerusform>
        </translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>toutes</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>a plan that is %1 cannot move to %2</source>
        <translation>un plan au statut « %1 » ne peut pas passer au statut « %2 »</translation>
    </message>
    <message>
        <source>an approval needs the name of who approves</source>
        <translation>une approbation nécessite le nom de la personne qui approuve</translation>
    </message>
    <message>
        <source>the plan has no baseline &quot;%1&quot;</source>
        <translation>le plan n’a pas de référence « %1 »</translation>
    </message>
    <message>
        <source>a plan that is %1 cannot be approved (only a draft or a plan in review)</source>
        <translation>un plan au statut « %1 » ne peut pas être approuvé (seulement un brouillon ou un plan en revue)</translation>
    </message>
</context>
<context>
    <name>SimulationChartData</name>
    <message>
        <source>Finish of the runbook</source>
        <translation>Fin du runbook</translation>
    </message>
    <message>
        <source>finish time (%1)</source>
        <translation>heure de fin (%1)</translation>
    </message>
    <message>
        <source>window end %1</source>
        <translation>fin de fenêtre %1</translation>
    </message>
    <message>
        <source>fit the window (freeze and traffic switch inside it)</source>
        <translation>tiennent dans la fenêtre (gel et bascule inclus)</translation>
    </message>
    <message>
        <source>Downtime (write freeze to traffic switch)</source>
        <translation>Temps d’arrêt (du gel des écritures à la bascule du trafic)</translation>
    </message>
    <message>
        <source>minutes of downtime</source>
        <translation>minutes d’arrêt</translation>
    </message>
    <message>
        <source>No downtime to simulate: mark the tasks where the write freeze starts and where traffic is switched.</source>
        <translation>Aucun temps d’arrêt à simuler : repérez les tâches où commence le gel des écritures et où le trafic est basculé.</translation>
    </message>
</context>
<context>
    <name>SimulationRenderer</name>
    <message>
        <source>No simulation results yet.</source>
        <translation>Pas encore de résultats de simulation.</translation>
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
        <translation>limite</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>Criticality index (share of runs on the critical path)</source>
        <translation>Indice de criticité (part des tirages sur le chemin critique)</translation>
    </message>
    <message>
        <source>What moves the finish most</source>
        <translation>Ce qui influe le plus sur la fin</translation>
    </message>
    <message>
        <source>What moves downtime most</source>
        <translation>Ce qui influe le plus sur le temps d’arrêt</translation>
    </message>
    <message>
        <source>Simulation: %1</source>
        <translation>Simulation : %1</translation>
    </message>
    <message>
        <source>%1 simulated runs</source>
        <translation>%1 tirages simulés</translation>
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
        <translation>tirages par classe</translation>
    </message>
    <message>
        <source>share of runs done by then</source>
        <translation>part des tirages terminés à ce moment</translation>
    </message>
    <message>
        <source>on the critical path in at least half the runs</source>
        <translation>sur le chemin critique dans au moins la moitié des tirages</translation>
    </message>
    <message>
        <source>in fewer</source>
        <translation>dans moins</translation>
    </message>
    <message numerus="yes">
        <source>share of runs · … and %n more task(s)</source>
        <translation>
            <numerusform>part des tirages · … et %n autre tâche</numerusform>
            <numerusform>part des tirages · … et %n autres tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>share of runs</source>
        <translation>part des tirages</translation>
    </message>
    <message>
        <source>its fastest 10 %</source>
        <translation>ses 10 % les plus rapides</translation>
    </message>
    <message>
        <source>its slowest 10 %</source>
        <translation>ses 10 % les plus lents</translation>
    </message>
    <message>
        <source>mean finish in those runs (minutes after the start)</source>
        <translation>fin moyenne dans ces tirages (minutes après le début)</translation>
    </message>
    <message>
        <source>mean downtime in those runs (minutes)</source>
        <translation>temps d’arrêt moyen dans ces tirages (minutes)</translation>
    </message>
    <message>
        <source>mean, %1</source>
        <translation>moyenne, %1</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>the SQLite driver of Qt (QSQLITE, package libqt6sql6-sqlite) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE, paquet libqt6sql6-sqlite) n’est pas installé</translation>
    </message>
    <message>
        <source>no result for &quot;%1&quot;</source>
        <translation>aucun résultat pour « %1 »</translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>no task at row %1</source>
        <translation>aucune tâche à la ligne %1</translation>
    </message>
    <message>
        <source>Rename task &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer la tâche « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Change marks of &quot;%1&quot;</source>
        <translation>Modifier les repères de « %1 »</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>nothing to insert</source>
        <translation>rien à insérer</translation>
    </message>
    <message>
        <source>no task selected</source>
        <translation>aucune tâche sélectionnée</translation>
    </message>
    <message>
        <source>no task at one of the selected rows</source>
        <translation>aucune tâche à l’une des lignes sélectionnées</translation>
    </message>
    <message>
        <source>Duplicate task &quot;%1&quot;</source>
        <translation>Dupliquer la tâche « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n tasks</source>
        <translation>
            <numerusform>Dupliquer %n tâche</numerusform>
            <numerusform>Dupliquer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot move these rows</source>
        <translation>impossible de déplacer ces lignes</translation>
    </message>
    <message>
        <source>already at the top</source>
        <translation>déjà en haut</translation>
    </message>
    <message>
        <source>already at the bottom</source>
        <translation>déjà en bas</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks up</source>
        <translation>
            <numerusform>Monter %n tâche</numerusform>
            <numerusform>Monter %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks down</source>
        <translation>
            <numerusform>Descendre %n tâche</numerusform>
            <numerusform>Descendre %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;</source>
        <translation>phase inconnue « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks to phase &quot;%1&quot;</source>
        <translation>
            <numerusform>Déplacer %n tâche vers la phase « %1 »</numerusform>
            <numerusform>Déplacer %n tâches vers la phase « %1 »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskFieldText</name>
    <message>
        <source>&quot;%1&quot; is not a %2 (expected one of %3)</source>
        <translation>« %1 » n’est pas une valeur valide pour %2 (attendu l’une de %3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>Optimiste</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Pessimistic</source>
        <translation>Pessimiste</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Pas avant</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (expected e.g. 2026-12-05 22:00)</source>
        <translation>impossible de lire « %1 » comme heure (attendu p. ex. 2026-12-05 22:00)</translation>
    </message>
    <message>
        <source>a task needs an ID</source>
        <translation>une tâche a besoin d’un identifiant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an ID (no spaces, &apos;;&apos;, &apos;,&apos; or &apos;+&apos;)</source>
        <translation>« %1 » ne peut pas être un identifiant (ni espaces, ni « ; », « , » ou « + »)</translation>
    </message>
    <message>
        <source>the ID &quot;%1&quot; is already used by another task</source>
        <translation>l’identifiant « %1 » est déjà utilisé par une autre tâche</translation>
    </message>
    <message>
        <source>a task needs a name</source>
        <translation>une tâche a besoin d’un nom</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot; (expected one of %2)</source>
        <translation>phase inconnue « %1 » (attendu l’une de %2)</translation>
    </message>
    <message>
        <source>task kind</source>
        <translation>type de tâche</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>the likely duration is required</source>
        <translation>la durée probable est obligatoire</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a duration (expected e.g. 90, 1h30, 1:30, 1.5h)</source>
        <translation>impossible de lire « %1 » comme durée (attendu p. ex. 90, 1h30, 1:30, 1.5h)</translation>
    </message>
    <message>
        <source>a duration cannot be negative</source>
        <translation>une durée ne peut pas être négative</translation>
    </message>
    <message>
        <source>a task cannot wait for itself</source>
        <translation>une tâche ne peut pas s’attendre elle-même</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; in the predecessors</source>
        <translation>tâche inconnue « %1 » dans les prédécesseurs</translation>
    </message>
    <message>
        <source>unknown mark &quot;%1&quot; (expected freeze-start, traffic-switched or point-of-no-return)</source>
        <translation>repère inconnu « %1 » (attendu freeze-start, traffic-switched ou point-of-no-return)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
</context>
<context>
    <name>ValidationRenderer</name>
    <message>
        <source>Validation: %1</source>
        <translation>Validation : %1</translation>
    </message>
    <message>
        <source>No validation results imported.</source>
        <translation>Aucun résultat de validation importé.</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objets</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnus</translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Tous les contrôles ont réussi</translation>
    </message>
    <message>
        <source>Failing objects by size of the difference</source>
        <translation>Objets en échec par ampleur de l’écart</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more failing check(s)</source>
        <translation>
            <numerusform>… et %n autre contrôle en échec</numerusform>
            <numerusform>… et %n autres contrôles en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed check(s) without a numeric difference</source>
        <translation>
            <numerusform>%n vérification en échec sans écart numérique</numerusform>
            <numerusform>%n vérifications en échec sans écart numérique</numerusform>
        </translation>
    </message>
    <message>
        <source>|difference|</source>
        <translation>|écart|</translation>
    </message>
    <message numerus="yes">
        <source>%n without a numeric difference</source>
        <translation>
            <numerusform>%n sans écart numérique</numerusform>
            <numerusform>%n sans écart numérique</numerusform>
        </translation>
    </message>
    <message>
        <source>|difference| · %1</source>
        <translation>|écart| · %1</translation>
    </message>
</context>
<context>
    <name>VerdictGuard</name>
    <message>
        <source>not computed: %1</source>
        <translation>non calculé : %1</translation>
    </message>
</context>
<context>
    <name>cutover::Autosaver</name>
    <message>
        <source>cannot create the recovery folder</source>
        <translation>impossible de créer le dossier de récupération</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
</context>
<context>
    <name>cutover::CriteriaEvaluator</name>
    <message>
        <source>not answered yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>réponse : %1</translation>
    </message>
    <message>
        <source>no validation results imported</source>
        <translation>aucun résultat de validation importé</translation>
    </message>
    <message>
        <source>%1 of %2 objects failed validation</source>
        <translation>%1 objets sur %2 ont échoué à la validation</translation>
    </message>
    <message>
        <source>no imported series for metric &quot;%1&quot;</source>
        <translation>aucune série importée pour la métrique « %1 »</translation>
    </message>
    <message>
        <source>the matching series hold no values</source>
        <translation>les séries correspondantes ne contiennent aucune valeur</translation>
    </message>
    <message>
        <source>%1 of %2 series breached</source>
        <translation>%1 séries sur %2 en dépassement</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>manual check</source>
        <translation>contrôle manuel</translation>
    </message>
    <message>
        <source>failed validation objects %1 %2</source>
        <translation>objets de validation en échec %1 %2</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> pendant %1</translation>
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
        <translation>données binaires (octet NUL) dans un champ entre guillemets</translation>
    </message>
    <message>
        <source>a quoted field that never ends (missing closing &apos;&quot;&apos;)</source>
        <translation>un champ entre guillemets qui ne se termine jamais (&apos;&quot;&apos; fermant manquant)</translation>
    </message>
    <message>
        <source>expected the delimiter or the end of the line after a closing quote</source>
        <translation>séparateur ou fin de ligne attendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>binary data (NUL byte), not a text export</source>
        <translation>données binaires (octet NUL), pas un export texte</translation>
    </message>
    <message>
        <source>a field of %1 bytes; the limit is %2 bytes per field</source>
        <translation>un champ de %1 octets ; la limite est de %2 octets par champ</translation>
    </message>
    <message>
        <source>more than %1 columns in a row; the limit is %1</source>
        <translation>plus de %1 colonnes dans une ligne ; la limite est de %1</translation>
    </message>
</context>
<context>
    <name>cutover::Document</name>
    <message>
        <source>the plan is open read-only</source>
        <translation>le plan est ouvert en lecture seule</translation>
    </message>
</context>
<context>
    <name>cutover::FinalSyncForecaster</name>
    <message>
        <source>no replication-lag series is imported (a series in seconds whose metric names lag, delay, latency or &quot;behind&quot;), and no backlog with an apply-rate series</source>
        <translation>aucune série de retard de réplication importée (une série en secondes dont la métrique parle de « lag », « delay », « latency » ou « behind »), ni de file d’attente avec une série de débit d’application</translation>
    </message>
    <message>
        <source>no catch-up stretch (lag falling by at least 10 s and a quarter over 3 points and a minute) in %1: the final sync cannot be forecast from lag alone</source>
        <translation>aucune phase de rattrapage (retard en baisse d’au moins 10 s et d’un quart sur 3 points et une minute) dans %1 : la synchronisation finale ne peut pas être prévue à partir du seul retard</translation>
    </message>
</context>
<context>
    <name>cutover::ImportContext</name>
    <message>
        <source>no header row</source>
        <translation>aucune ligne d’en-tête</translation>
    </message>
    <message>
        <source>only one column: expected a time column and at least one value column separated by &apos;,&apos;, &apos;;&apos; or tabs (or use --delimiter)</source>
        <translation>une seule colonne : une colonne de temps et au moins une colonne de valeurs séparées par &apos;,&apos;, &apos;;&apos; ou des tabulations sont attendues (ou utilisez --delimiter)</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>le fichier a une ligne d’en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (columns: %2)</source>
        <translation>aucune colonne « %1 » (colonnes : %2)</translation>
    </message>
    <message>
        <source>no column holds times (use --time-column to name it)</source>
        <translation>aucune colonne ne contient d’heures (nommez-la avec --time-column)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; in column %2 as a time (use --time-format)</source>
        <translation>impossible de lire « %1 » dans la colonne %2 comme une heure (utilisez --time-format)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is the time column</source>
        <translation>la colonne « %1 » est la colonne de temps</translation>
    </message>
    <message>
        <source>no numeric column besides the time column (use --columns to name them)</source>
        <translation>aucune colonne numérique en dehors de la colonne de temps (nommez-les avec --columns)</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the column&apos;s unit (%2)</source>
        <translation>« %1 » n’est pas dans l’unité de la colonne (%2)</translation>
    </message>
    <message>
        <source>generic CSV: time column &quot;%1&quot; (%2), delimiter %3%4</source>
        <translation>CSV générique : colonne de temps « %1 » (%2), séparateur %3%4</translation>
    </message>
    <message>
        <source>, decimal comma</source>
        <translation>, virgule décimale</translation>
    </message>
    <message>
        <source>expected the columns Series, Time and Value</source>
        <translation>colonnes Series, Time et Value attendues</translation>
    </message>
    <message>
        <source>expected 3 columns (Series, Time, Value), found %1</source>
        <translation>3 colonnes attendues (Series, Time, Value), %1 trouvées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the series&apos; unit (%2)</source>
        <translation>« %1 » n’est pas dans l’unité de la série (%2)</translation>
    </message>
    <message>
        <source>no time column (expected a header like &quot;TimeGenerated [UTC]&quot;)</source>
        <translation>aucune colonne de temps (en-tête du type &quot;TimeGenerated [UTC]&quot; attendu)</translation>
    </message>
    <message>
        <source>no numeric column</source>
        <translation>aucune colonne numérique</translation>
    </message>
    <message>
        <source>the export is in portal local time</source>
        <translation>l’export est en heure locale du portail</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>delimiter %1%2; time column &quot;%3&quot; read as %4</source>
        <translation>séparateur %1%2 ; colonne de temps « %3 » lue comme %4</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (expected %2)</source>
        <translation>impossible de lire « %1 » comme une heure (attendu : %2)</translation>
    </message>
    <message>
        <source>read as UTF-16 (little-endian)</source>
        <translation>lu comme UTF-16 (petit-boutiste)</translation>
    </message>
    <message>
        <source>read as UTF-16 (big-endian)</source>
        <translation>lu comme UTF-16 (gros-boutiste)</translation>
    </message>
    <message>
        <source>not UTF-8: read as Windows-1252</source>
        <translation>pas de l’UTF-8 : lu comme Windows-1252</translation>
    </message>
    <message>
        <source>times without an offset read in %1</source>
        <translation>heures sans décalage lues dans le fuseau %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the repeated hour at the end of daylight saving time: the first occurrence was taken unless the series had already passed it</source>
        <translation>
            <numerusform>%n instant dans l’heure répétée à la fin de l’heure d’été : la première occurrence a été retenue, sauf si la série l’avait déjà dépassée</numerusform>
            <numerusform>%n instants dans l’heure répétée à la fin de l’heure d’été : la première occurrence a été retenue, sauf si la série l’avait déjà dépassée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the skipped hour at the start of daylight saving time: read with the offset before the change</source>
        <translation>
            <numerusform>%n instant dans l’heure sautée au début de l’heure d’été : lu avec le décalage d’avant le changement</numerusform>
            <numerusform>%n instants dans l’heure sautée au début de l’heure d’été : lus avec le décalage d’avant le changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series were not in time order and have been sorted</source>
        <translation>
            <numerusform>%n série n’était pas dans l’ordre chronologique et a été triée</numerusform>
            <numerusform>%n séries n’étaient pas dans l’ordre chronologique et ont été triées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap point(s) (null, NaN, None or empty)</source>
        <translation>
            <numerusform>%n point manquant (null, NaN, None ou vide)</numerusform>
            <numerusform>%n points manquants (null, NaN, None ou vide)</numerusform>
        </translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <source>a [time, &quot;value&quot;] pair</source>
        <translation>une paire [temps, &quot;valeur&quot;]</translation>
    </message>
    <message>
        <source>a time in seconds since 1970</source>
        <translation>une heure en secondes depuis 1970</translation>
    </message>
    <message>
        <source>resultType &quot;matrix&quot; or &quot;vector&quot; (a %1 result holds no series)</source>
        <translation>resultType &quot;matrix&quot; ou &quot;vector&quot; (un résultat %1 ne contient pas de séries)</translation>
    </message>
    <message>
        <source>&quot;metric&quot; before the values</source>
        <translation>&quot;metric&quot; avant les valeurs</translation>
    </message>
    <message>
        <source>not a Prometheus API response (no &quot;status&quot;)</source>
        <translation>pas une réponse de l’API Prometheus (pas de &quot;status&quot;)</translation>
    </message>
    <message>
        <source>Prometheus reported %1: %2</source>
        <translation>Prometheus a signalé %1 : %2</translation>
    </message>
    <message>
        <source>a data point with a &quot;timeStamp&quot;</source>
        <translation>un point de données avec un &quot;timeStamp&quot;</translation>
    </message>
    <message>
        <source>Azure reported %1 for metric %2: %3</source>
        <translation>Azure a signalé %1 pour la métrique %2 : %3</translation>
    </message>
    <message>
        <source>no &quot;value&quot; array of metrics (expected az monitor metrics list output)</source>
        <translation>pas de tableau &quot;value&quot; de métriques (sortie de az monitor metrics list attendue)</translation>
    </message>
    <message>
        <source>as many Values as Timestamps (%1 values, %2 timestamps)</source>
        <translation>autant de Values que de Timestamps (%1 valeurs, %2 horodatages)</translation>
    </message>
    <message>
        <source>CloudWatch status of %1 is %2: more data may exist</source>
        <translation>le statut CloudWatch de %1 est %2 : d’autres données peuvent exister</translation>
    </message>
    <message>
        <source>the same Unit in every datapoint (found %1 and %2)</source>
        <translation>la même Unit dans chaque point de données (trouvé %1 et %2)</translation>
    </message>
    <message>
        <source>a datapoint with a &quot;Timestamp&quot;</source>
        <translation>un point de données avec un &quot;Timestamp&quot;</translation>
    </message>
    <message>
        <source>no Datapoints in the file</source>
        <translation>aucun Datapoints dans le fichier</translation>
    </message>
    <message>
        <source>no time column (expected a TimeGenerated or other ISO 8601 time field)</source>
        <translation>aucune colonne de temps (TimeGenerated ou autre champ horaire ISO 8601 attendu)</translation>
    </message>
    <message>
        <source>a row with a %1 value</source>
        <translation>une ligne avec une valeur %1</translation>
    </message>
    <message>
        <source>expected a validation_status (or status) column</source>
        <translation>colonne validation_status (ou status) attendue</translation>
    </message>
    <message>
        <source>expected the DVT header row (validation_name, ...)</source>
        <translation>ligne d’en-tête DVT attendue (validation_name, ...)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected success or fail)</source>
        <translation>statut inconnu « %1 » (success ou fail attendu)</translation>
    </message>
    <message>
        <source>a DVT result with a validation_status</source>
        <translation>un résultat DVT avec un validation_status</translation>
    </message>
    <message>
        <source>pt-table-checksum times have no year: %1 assumed</source>
        <translation>les heures de pt-table-checksum n’ont pas d’année : %1 supposée</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) differ</source>
        <translation>
            <numerusform>%n bloc diffère</numerusform>
            <numerusform>%n blocs diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <source>no pt-table-checksum header (TS ERRORS DIFFS ROWS ...)</source>
        <translation>pas d’en-tête pt-table-checksum (TS ERRORS DIFFS ROWS ...)</translation>
    </message>
    <message>
        <source>no result rows after the pt-table-checksum header</source>
        <translation>aucune ligne de résultat après l’en-tête pt-table-checksum</translation>
    </message>
    <message numerus="yes">
        <source>%n progress or warning line(s) skipped</source>
        <translation>
            <numerusform>%n ligne de progression ou d’avertissement ignorée</numerusform>
            <numerusform>%n lignes de progression ou d’avertissement ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>no TableStatistics array</source>
        <translation>pas de tableau TableStatistics</translation>
    </message>
    <message>
        <source>database %1: migration state %2, latency %3 s, %4 incoming changes</source>
        <translation>base %1 : état de migration %2, latence %3 s, %4 modifications entrantes</translation>
    </message>
    <message>
        <source>no properties.output array (expected Azure DMS task output)</source>
        <translation>pas de tableau properties.output (sortie de tâche Azure DMS attendue)</translation>
    </message>
    <message>
        <source>no TableLevelOutput entries in properties.output</source>
        <translation>aucune entrée TableLevelOutput dans properties.output</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (%2)</source>
        <translation>impossible de lire « %1 » comme instant (%2)</translation>
    </message>
    <message>
        <source>a text of %1 bytes; the limit is %2 bytes per value</source>
        <translation>un texte de %1 octets ; la limite est de %2 octets par valeur</translation>
    </message>
    <message>
        <source>more than %1 series in one file; the limit is %1</source>
        <translation>plus de %1 séries dans un fichier ; la limite est de %1</translation>
    </message>
    <message>
        <source>a series name</source>
        <translation>un nom de série</translation>
    </message>
    <message>
        <source>a metric name</source>
        <translation>un nom de métrique</translation>
    </message>
    <message>
        <source>a series has %1 labels; the limit is %2</source>
        <translation>une série a %1 étiquettes ; la limite est de %2</translation>
    </message>
    <message>
        <source>a label name</source>
        <translation>un nom d’étiquette</translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation>l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a number (expected a number, or a number with a unit: %2)</source>
        <translation>impossible de lire « %1 » comme nombre (un nombre, ou un nombre avec une unité, est attendu : %2)</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3 characters</source>
        <translation>%1 fait %2 octets ; la limite est de %3 caractères</translation>
    </message>
    <message>
        <source>the metric name</source>
        <translation>le nom de métrique</translation>
    </message>
    <message>
        <source>more than %1 labels in one series; the limit is %1</source>
        <translation>plus de %1 étiquettes dans une série ; la limite est de %1</translation>
    </message>
    <message>
        <source>Prometheus reported %1 (the file has no error text)</source>
        <translation>Prometheus a signalé %1 (le fichier ne contient aucun texte d’erreur)</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>ce jour n’existe pas</translation>
    </message>
    <message>
        <source>no such month</source>
        <translation>ce mois n’existe pas</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>cette heure n’existe pas</translation>
    </message>
</context>
<context>
    <name>cutover::ImportDataCommand</name>
    <message>
        <source>Import monitoring data</source>
        <translation>Importer des données de supervision</translation>
    </message>
</context>
<context>
    <name>cutover::Importer</name>
    <message>
        <source>Azure CLI metrics JSON (az monitor metrics list)</source>
        <translation>Métriques Azure CLI en JSON (az monitor metrics list)</translation>
    </message>
    <message>
        <source>Azure Monitor REST metrics JSON</source>
        <translation>Métriques REST Azure Monitor en JSON</translation>
    </message>
    <message>
        <source>Log Analytics portal CSV export</source>
        <translation>Export CSV du portail Log Analytics</translation>
    </message>
    <message>
        <source>Log Analytics CLI JSON (az monitor log-analytics query)</source>
        <translation>JSON de la CLI Log Analytics (az monitor log-analytics query)</translation>
    </message>
    <message>
        <source>Prometheus query / query_range JSON</source>
        <translation>JSON Prometheus query / query_range</translation>
    </message>
    <message>
        <source>Grafana 7+ panel CSV (formatted, raw or for Excel)</source>
        <translation>CSV de panneau Grafana 7+ (formaté, brut ou pour Excel)</translation>
    </message>
    <message>
        <source>Grafana 6 CSV, series as columns</source>
        <translation>CSV Grafana 6, séries en colonnes</translation>
    </message>
    <message>
        <source>Grafana 6 CSV, series as rows</source>
        <translation>CSV Grafana 6, séries en lignes</translation>
    </message>
    <message>
        <source>AWS CloudWatch get-metric-data JSON</source>
        <translation>JSON AWS CloudWatch get-metric-data</translation>
    </message>
    <message>
        <source>AWS CloudWatch get-metric-statistics JSON</source>
        <translation>JSON AWS CloudWatch get-metric-statistics</translation>
    </message>
    <message>
        <source>CSV with a time column and numeric columns</source>
        <translation>CSV avec une colonne de temps et des colonnes numériques</translation>
    </message>
    <message>
        <source>Google Data Validation Tool CSV</source>
        <translation>CSV de Google Data Validation Tool</translation>
    </message>
    <message>
        <source>Google Data Validation Tool JSON lines</source>
        <translation>JSON Lines de Google Data Validation Tool</translation>
    </message>
    <message>
        <source>Percona pt-table-checksum output</source>
        <translation>Sortie de Percona pt-table-checksum</translation>
    </message>
    <message>
        <source>AWS DMS describe-table-statistics JSON</source>
        <translation>JSON AWS DMS describe-table-statistics</translation>
    </message>
    <message>
        <source>Azure DMS task output JSON</source>
        <translation>Sortie de tâche Azure DMS en JSON</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected one of %2)</source>
        <translation>format inconnu « %1 » (attendu l’un de %2)</translation>
    </message>
    <message>
        <source>not a recognised monitoring or validation export (use --format to name the format)</source>
        <translation>export de supervision ou de validation non reconnu (indiquez le format avec --format)</translation>
    </message>
    <message>
        <source>the file holds no data rows</source>
        <translation>le fichier ne contient aucune ligne de données</translation>
    </message>
    <message>
        <source>is a folder, expected an export file</source>
        <translation>est un dossier, fichier d’export attendu</translation>
    </message>
</context>
<context>
    <name>cutover::JsonCursor</name>
    <message>
        <source>unexpected end of the file (truncated JSON?); expected %1</source>
        <translation>fin de fichier inattendue (JSON tronqué ?) ; attendu : %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a key or &apos;}&apos;</source>
        <translation>une clé ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>a value or &apos;]&apos;</source>
        <translation>une valeur ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>a value after &apos;,&apos;</source>
        <translation>une valeur après &apos;,&apos;</translation>
    </message>
    <message>
        <source>an object &apos;{&apos;</source>
        <translation>un objet &apos;{&apos;</translation>
    </message>
    <message>
        <source>a quoted key</source>
        <translation>une clé entre guillemets</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; après la clé</translation>
    </message>
    <message>
        <source>an array &apos;[&apos;</source>
        <translation>un tableau &apos;[&apos;</translation>
    </message>
    <message>
        <source>a closing &apos;&quot;&apos; (control character inside a string)</source>
        <translation>un &apos;&quot;&apos; fermant (caractère de contrôle dans une chaîne)</translation>
    </message>
    <message>
        <source>four hex digits after \u</source>
        <translation>quatre chiffres hexadécimaux après \u</translation>
    </message>
    <message>
        <source>a valid escape after &apos;\&apos;</source>
        <translation>une séquence d’échappement valide après &apos;\&apos;</translation>
    </message>
    <message>
        <source>unexpected end of the file inside a string (truncated JSON?)</source>
        <translation>fin de fichier inattendue dans une chaîne (JSON tronqué ?)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number, got &quot;%1&quot;</source>
        <translation>un nombre, obtenu « %1 »</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>un nombre ou null</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>une valeur JSON</translation>
    </message>
    <message>
        <source>the end of the file after the JSON value</source>
        <translation>la fin du fichier après la valeur JSON</translation>
    </message>
</context>
<context>
    <name>cutover::PlanAnalysis</name>
    <message>
        <source>the simulation did not return a result</source>
        <translation>la simulation n’a renvoyé aucun résultat</translation>
    </message>
</context>
<context>
    <name>cutover::RegularFile</name>
    <message>
        <source>is not a regular file (%1)</source>
        <translation>n’est pas un fichier ordinaire (%1)</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>un type de fichier inconnu</translation>
    </message>
    <message>
        <source>a /proc or /sys pseudo-file</source>
        <translation>un pseudo-fichier de /proc ou /sys</translation>
    </message>
</context>
<context>
    <name>cutover::ReviewCommand</name>
    <message>
        <source>a baseline needs a name</source>
        <translation>une référence doit avoir un nom</translation>
    </message>
    <message>
        <source>the plan already has a baseline named “%1”</source>
        <translation>le plan a déjà une référence nommée « %1 »</translation>
    </message>
    <message>
        <source>Take baseline “%1”</source>
        <translation>Créer la référence « %1 »</translation>
    </message>
    <message>
        <source>approve the plan as of a baseline (Plan &gt; Approve)</source>
        <translation>approuvez le plan sur la base d’une référence (Plan &gt; Approuver)</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Passer le statut à « %1 »</translation>
    </message>
    <message>
        <source>Approve as of “%1”</source>
        <translation>Approuver sur la base de « %1 »</translation>
    </message>
</context>
<context>
    <name>cutover::RunbookModel</name>
    <message>
        <source>No schedule: %1</source>
        <translation>Pas de planning : %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>%1, %2 after the plan start (latest: %3)</source>
        <translation>%1, %2 après le début du plan (au plus tard : %3)</translation>
    </message>
    <message>
        <source>this column is computed from the schedule</source>
        <translation>cette colonne est calculée à partir du planning</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Minutes, or e.g. 1h30, 1:30, 1.5h</source>
        <translation>Minutes, ou p. ex. 1h30, 1:30, 1.5h</translation>
    </message>
    <message>
        <source>Task IDs with type and lag, e.g. &quot;freeze FS+5m; sync-ok SS&quot;</source>
        <translation>Identifiants de tâches avec type et décalage, p. ex. « freeze FS+5m; sync-ok SS »</translation>
    </message>
    <message>
        <source>Computed from the schedule at likely durations</source>
        <translation>Calculé à partir du planning avec les durées probables</translation>
    </message>
    <message>
        <source>Early start</source>
        <translation>Début au plus tôt</translation>
    </message>
    <message>
        <source>Early finish</source>
        <translation>Fin au plus tôt</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>cutover::SectionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>cutover::SourceText</name>
    <message>
        <source>cannot read the file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>UTF-16 text with an odd number of bytes (the file is truncated)</source>
        <translation>texte UTF-16 avec un nombre impair d’octets (le fichier est tronqué)</translation>
    </message>
    <message>
        <source>binary data (byte 0x%1), not a text export</source>
        <translation>données binaires (octet 0x%1), pas un export texte</translation>
    </message>
    <message>
        <source>the file contains only white space</source>
        <translation>le fichier ne contient que des espaces</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
</context>
<context>
    <name>cutover::TimeLayout</name>
    <message>
        <source>a date and time</source>
        <translation>une date et une heure</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>secondes depuis 1970</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>millisecondes depuis 1970</translation>
    </message>
</context>
<context>
    <name>cutover::charts::LagQChart</name>
    <message>
        <source>Monitoring: %1</source>
        <translation>Supervision : %1</translation>
    </message>
    <message>
        <source>No rollback criterion refers to these series</source>
        <translation>Aucun critère de retour arrière ne porte sur ces séries</translation>
    </message>
    <message>
        <source>No criterion breached</source>
        <translation>Aucun critère dépassé</translation>
    </message>
    <message>
        <source>  ·  times in %1</source>
        <translation>  ·  fuseau %1</translation>
    </message>
    <message>
        <source>No monitoring data imported.
Import a lag export (Prometheus, CloudWatch, Azure Monitor, Grafana CSV, ...) to see it here.</source>
        <translation>Aucune donnée de supervision importée.
Importez un export de latence (Prometheus, CloudWatch, Azure Monitor, CSV Grafana, ...) pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Breached (hatched)</source>
        <translation>Dépassé (hachuré)</translation>
    </message>
    <message>
        <source>Breached stretches hatched: %1</source>
        <translation>Plages de dépassement hachurées : %1</translation>
    </message>
    <message>
        <source>  ·  %1 of %2 series shown</source>
        <translation>  ·  %1 séries affichées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>No series selected: %n series imported, none chosen to be drawn.</source>
        <translation>
            <numerusform>Aucune série choisie : %n série importée, aucune sélectionnée pour le tracé.</numerusform>
            <numerusform>Aucune série choisie : %n séries importées, aucune sélectionnée pour le tracé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::charts::ValidationTableModel</name>
    <message>
        <source>✔ passed</source>
        <translation>✔ réussi</translation>
    </message>
    <message>
        <source>✖ FAILED</source>
        <translation>✖ ÉCHEC</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? inconnu</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
</context>
<context>
    <name>cutover::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ChangesView</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Changes since &amp;baseline:</source>
        <translation>Modifications depuis la &amp;référence :</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Downtime effect</source>
        <translation>Effet sur le temps d’arrêt</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Modifications depuis la référence</translation>
    </message>
    <message>
        <source>The plan has no baseline yet: take one (Plan &gt; Take Baseline…) to see what changes.</source>
        <translation>Le plan n’a pas encore de référence : créez-en une (Plan &gt; Créer une référence…) pour voir ce qui change.</translation>
    </message>
    <message>
        <source>Baseline “%1”, taken %2. Runbook changes come biggest downtime effect first (each change applied alone to the baseline).</source>
        <translation>Référence « %1 », créée le %2. Les modifications du runbook sont classées par effet sur le temps d’arrêt, le plus important d’abord (chaque modification appliquée seule à la référence).</translation>
    </message>
    <message>
        <source>No changes since baseline “%1”.</source>
        <translation>Aucune modification depuis la référence « %1 ».</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Downtime (likely)</source>
        <translation>Temps d’arrêt (probable)</translation>
    </message>
    <message>
        <source>Downtime (P80)</source>
        <translation>Temps d’arrêt (P80)</translation>
    </message>
    <message>
        <source>Probability of fitting the window</source>
        <translation>Probabilité de tenir dans la fenêtre</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Échéance du retour arrière (P80)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%2 « %3 » %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ChartPage</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Enregistrer le graphique en dessin SVG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>cutover::gui::FileActions</name>
    <message>
        <source>Plans (*.cutover *.json);;Cutover plans (*.cutover);;JSON plans (*.json);;All files (*)</source>
        <translation>Plans (*.cutover *.json);;Plans Cutover (*.cutover);;Plans JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>From the &amp;online-migration template</source>
        <translation>À partir du modèle de migration &amp;en ligne</translation>
    </message>
    <message>
        <source>&amp;Empty plan</source>
        <translation>Plan &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>Import JSON plan</source>
        <translation>Importer un plan JSON</translation>
    </message>
    <message>
        <source>JSON plans (*.json);;All files (*)</source>
        <translation>Plans JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Export JSON plan</source>
        <translation>Exporter le plan en JSON</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>Plans JSON (*.json)</translation>
    </message>
    <message>
        <source>(no recent plans)</source>
        <translation>(aucun plan récent)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>ce plan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing it?</source>
        <translation>Enregistrer les modifications de « %1 » avant de le fermer ?</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan en cours d’utilisation</translation>
    </message>
    <message>
        <source>%1 is already open in %2.

Open it read-only? You can still save a copy under another name.</source>
        <translation>%1 est déjà ouvert dans %2.

L’ouvrir en lecture seule ? Vous pourrez toujours en enregistrer une copie sous un autre nom.</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Impossible d’ouvrir le plan</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warnings: %1</source>
        <translation>
            <numerusform>Ouvert avec %n avertissement : %1</numerusform>
            <numerusform>Ouvert avec %n avertissements : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>New cutover plan</source>
        <translation>Nouveau plan de bascule</translation>
    </message>
    <message>
        <source>Cannot create plan</source>
        <translation>Impossible de créer le plan</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <source>Cutover plans (*.cutover)</source>
        <translation>Plans Cutover (*.cutover)</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>Impossible d’enregistrer le plan</translation>
    </message>
    <message>
        <source>%1 is open in %2; save under another name.</source>
        <translation>%1 est ouvert dans %2 ; enregistrez sous un autre nom.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Cannot export plan</source>
        <translation>Impossible d’exporter le plan</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Cannot recover plan</source>
        <translation>Impossible de récupérer le plan</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>Modifications non enregistrées du %1 récupérées</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program (for example a command-line import) since it was opened here.

Overwrite it with this version, losing those changes, or save this version under another name?</source>
        <translation>%1 a été modifié sur le disque par un autre programme (par exemple un import en ligne de commande) depuis son ouverture ici.

L’écraser avec cette version, en perdant ces modifications, ou enregistrer cette version sous un autre nom ?</translation>
    </message>
    <message>
        <source>Plan changed on disk</source>
        <translation>Plan modifié sur le disque</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>MS Project XML and runbooks (*.xml *.csv *.tsv);;MS Project XML (*.xml);;CSV runbooks (*.csv);;TSV runbooks (*.tsv);;All files (*)</source>
        <translation>MS Project XML et runbooks (*.xml *.csv *.tsv);;MS Project XML (*.xml);;Runbooks CSV (*.csv);;Runbooks TSV (*.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV runbook (*.csv)</source>
        <translation>Runbook CSV (*.csv)</translation>
    </message>
    <message>
        <source>TSV runbook (*.tsv)</source>
        <translation>Runbook TSV (*.tsv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Import &amp;from…</source>
        <translation>Importer &amp;depuis…</translation>
    </message>
    <message>
        <source>Export &amp;to…</source>
        <translation>Exporter &amp;vers…</translation>
    </message>
    <message>
        <source>Import plan from</source>
        <translation>Importer le plan depuis</translation>
    </message>
    <message>
        <source>Export plan to</source>
        <translation>Exporter le plan vers</translation>
    </message>
    <message>
        <source>Cannot import plan</source>
        <translation>Impossible d&apos;importer le plan</translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n warnings: %1</source>
        <translation>
            <numerusform>Importé avec %n avertissement : %1</numerusform>
            <numerusform>Importé avec %n avertissements : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>Exported %1; left out: %2</source>
        <translation>%1 exporté ; laissé de côté : %2</translation>
    </message>
</context>
<context>
    <name>cutover::gui::HypercarePage</name>
    <message>
        <source>SLA targets</source>
        <translation>Objectifs de SLA</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>e.g. 72h or 3d</source>
        <translation>p. ex. 72h ou 3d</translation>
    </message>
    <message>
        <source>How long hypercare lasts after go-live</source>
        <translation>Durée de l’hypercare après la mise en production</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Duration: cannot read &quot;%1&quot; (expected e.g. 72, 72h or 3d)</source>
        <translation>Durée : impossible de lire « %1 » (attendu p. ex. 72, 72h ou 3d)</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ImportActions</name>
    <message>
        <source>Import &amp;monitoring data…</source>
        <translation>Importer des données de &amp;supervision…</translation>
    </message>
    <message>
        <source>Import monitoring series or validation results from export files</source>
        <translation>Importer des séries de supervision ou des résultats de validation depuis des fichiers d’export</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Import monitoring data</source>
        <translation>Importer des données de supervision</translation>
    </message>
    <message>
        <source>Monitoring and validation exports (*.csv *.json *.txt *.tsv *.log);;All files (*)</source>
        <translation>Exports de supervision et de validation (*.csv *.json *.txt *.tsv *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The plan is open read-only; nothing was imported.</source>
        <translation>Le plan est ouvert en lecture seule ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>Import de %n fichier…</numerusform>
            <numerusform>Import de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import annulé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more under Show Details.</source>
        <translation>
            <numerusform>… et %n autre remarque sous Détails.</numerusform>
            <numerusform>… et %n autres remarques sous Détails.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::ImportDialog</name>
    <message>
        <source>How the CSV is read</source>
        <translation>Lecture du CSV</translation>
    </message>
    <message>
        <source>Decimal comma (1,5 means one and a half)</source>
        <translation>Virgule décimale (1,5 signifie un et demi)</translation>
    </message>
    <message>
        <source>Import monitoring data</source>
        <translation>Importer des données de supervision</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Format détecté</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>(not recognised: choose a format)</source>
        <translation>(non reconnu : choisissez un format)</translation>
    </message>
    <message>
        <source>Times written without a UTC offset are read in this zone</source>
        <translation>Les heures écrites sans décalage UTC sont lues dans ce fuseau</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>Colonne de &amp;temps :</translation>
    </message>
    <message>
        <source>&amp;Value columns:</source>
        <translation>Colonnes de &amp;valeurs :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Time &amp;layout:</source>
        <translation>&amp;Format de l’heure :</translation>
    </message>
    <message>
        <source>&amp;Format of the selected file:</source>
        <translation>&amp;Format du fichier sélectionné :</translation>
    </message>
    <message>
        <source>Time &amp;zone for times without offset:</source>
        <translation>&amp;Fuseau horaire des heures sans décalage :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (choisi)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This file does not look like any export Cutover Planner reads. Choose its format above, or cancel.</source>
        <translation>Ce fichier ne ressemble à aucun export lu par Cutover Planner. Choisissez son format ci-dessus, ou annulez.</translation>
    </message>
    <message>
        <source>The first lines of the file as written:</source>
        <translation>Les premières lignes du fichier telles qu’écrites :</translation>
    </message>
    <message>
        <source>Cannot be read this way: %1</source>
        <translation>Illisible de cette façon : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Time as written</source>
        <translation>Heure telle qu’écrite</translation>
    </message>
    <message>
        <source>Read as (UTC)</source>
        <translation>Lue comme (UTC)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>trou</translation>
    </message>
    <message numerus="yes">
        <source>Rows shown as they will be imported: %n.</source>
        <translation>
            <numerusform>%n ligne telle qu’elle sera importée.</numerusform>
            <numerusform>Les %n premières lignes telles qu’elles seront importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Times this layout cannot read: %n.</source>
        <translation>
            <numerusform>%n heure est illisible avec ce format.</numerusform>
            <numerusform>%n heures sont illisibles avec ce format.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::MainWindow</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle de préparation</translation>
    </message>
    <message>
        <source>Go/no-go decisions</source>
        <translation>Décisions go/no-go</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d’annulation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Rollback &amp; criteria</source>
        <translation>Retour arrière et critères</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Hypercare</source>
        <translation>Hypercare</translation>
    </message>
    <message>
        <source>Plan areas</source>
        <translation>Parties du plan</translation>
    </message>
    <message>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;plan ouvert&gt;</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Run&amp;book</source>
        <translation>Run&amp;book</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique d’annulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Cutover Planner</source>
        <translation>À &amp;propos de Cutover Planner</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>an unsaved new plan</source>
        <translation>un nouveau plan non enregistré</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Cutover Planner did not close properly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Cutover Planner ne s’est pas fermé correctement. Les modifications non enregistrées de %1 du %2 ont été conservées.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>About Cutover Planner</source>
        <translation>À propos de Cutover Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cutover Planner %1&lt;/h3&gt;&lt;p&gt;Plan, simulate and report online-migration cutovers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cutover Planner %1&lt;/h3&gt;&lt;p&gt;Planifier, simuler et rendre compte des bascules de migration en ligne.&lt;/p&gt;&lt;p&gt;Sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Save the chart on screen as a PNG or SVG image</source>
        <translation>Enregistrer le graphique affiché en image PNG ou SVG</translation>
    </message>
    <message>
        <source>Dropped files are neither plans nor exports Cutover Planner can import.</source>
        <translation>Les fichiers déposés ne sont ni des plans ni des exports que Cutover Planner sait importer.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>This plan was approved as of baseline “%1”. The edit returned it to In review; it needs a new approval (Plan &gt; Approve). Undo takes the edit back.</source>
        <translation>Ce plan a été approuvé sur la base de la référence « %1 ». La modification l’a remis au statut « En revue » ; il doit être approuvé de nouveau (Plan &gt; Approuver). Annuler revient sur la modification.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>P&amp;résenter</translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast, for the review meeting (Esc leaves)</source>
        <translation>Plein écran, gros caractères, contraste élevé, pour la réunion de revue (Échap pour quitter)</translation>
    </message>
</context>
<context>
    <name>cutover::gui::MonitoringPage</name>
    <message>
        <source>No monitoring data imported yet. Use File &gt; Import monitoring data… or drop export files (Prometheus, Grafana, CloudWatch, Azure Monitor, Log Analytics, CSV) on the window.</source>
        <translation>Aucune donnée de supervision importée. Utilisez Fichier &gt; Importer des données de supervision… ou déposez des fichiers d’export (Prometheus, Grafana, CloudWatch, Azure Monitor, Log Analytics, CSV) sur la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import monitoring or validation exports</source>
        <translation>Importer des exports de supervision ou de validation</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Whole range</source>
        <translation>&amp;Toute la période</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Zoom avant (+ ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom out (− or Ctrl+wheel)</source>
        <translation>Zoom arrière (− ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Show all imported data (Home)</source>
        <translation>Afficher toutes les données importées (Début)</translation>
    </message>
    <message>
        <source>Lag chart</source>
        <translation>Graphique de latence</translation>
    </message>
    <message>
        <source>Criteria board</source>
        <translation>Tableau des critères</translation>
    </message>
</context>
<context>
    <name>cutover::gui::OverviewPage</name>
    <message>
        <source>e.g. 2026-12-05 22:00, in the plan&apos;s time zone</source>
        <translation>p. ex. 2026-12-05 22:00, dans le fuseau horaire du plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>Window &amp;opens:</source>
        <translation>&amp;Ouverture de la fenêtre :</translation>
    </message>
    <message>
        <source>Window &amp;closes:</source>
        <translation>Fe&amp;rmeture de la fenêtre :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Schedule (likely durations)</source>
        <translation>Planning (durées probables)</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Début prévu :</translation>
    </message>
    <message>
        <source>Planned finish:</source>
        <translation>Fin prévue :</translation>
    </message>
    <message>
        <source>Maintenance window:</source>
        <translation>Fenêtre de maintenance :</translation>
    </message>
    <message>
        <source>Downtime:</source>
        <translation>Temps d’arrêt :</translation>
    </message>
    <message>
        <source>From the start of the task marked freeze-start to the finish of the task marked traffic-switched</source>
        <translation>Du début de la tâche repérée freeze-start à la fin de la tâche repérée traffic-switched</translation>
    </message>
    <message>
        <source>Fits the window:</source>
        <translation>Tient dans la fenêtre :</translation>
    </message>
    <message>
        <source>Critical path:</source>
        <translation>Chemin critique :</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Rollback takes:</source>
        <translation>Le retour arrière dure :</translation>
    </message>
    <message>
        <source>Rollback deadline:</source>
        <translation>Échéance du retour arrière :</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tâches :</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Responsables :</translation>
    </message>
    <message>
        <source>Open checklist items:</source>
        <translation>Points de contrôle ouverts :</translation>
    </message>
    <message>
        <source>Rollback criteria:</source>
        <translation>Critères de retour arrière :</translation>
    </message>
    <message>
        <source>Gate decisions:</source>
        <translation>Décisions de porte :</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation>Fuseau horaire : « %1 » n’est pas un fuseau IANA connu (p. ex. Europe/Paris)</translation>
    </message>
    <message>
        <source>Name: a plan needs a name</source>
        <translation>Nom : un plan a besoin d’un nom</translation>
    </message>
    <message>
        <source>start: a plan needs a start time</source>
        <translation>début : un plan a besoin d’une heure de début</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 (%2 after the start)</source>
        <translation>%1 (%2 après le début)</translation>
    </message>
    <message>
        <source>needs tasks marked freeze-start and traffic-switched</source>
        <translation>nécessite des tâches repérées freeze-start et traffic-switched</translation>
    </message>
    <message>
        <source>no rollback steps planned</source>
        <translation>aucune étape de retour arrière prévue</translation>
    </message>
    <message>
        <source>needs a maintenance window</source>
        <translation>nécessite une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>%1 (%2 done), %3 rollback steps</source>
        <translation>%1 (%2 terminées), %3 étapes de retour arrière</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2 rollback, %3 hold, %4 warn</source>
        <translation>%1 : %2 retour arrière, %3 suspension, %4 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>; %n manual checks breached</source>
        <translation>
            <numerusform> ; %n contrôle manuel en infraction</numerusform>
            <numerusform> ; %n contrôles manuels en infraction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n manual checks unanswered</source>
        <translation>
            <numerusform> ; %n contrôle manuel sans réponse</numerusform>
            <numerusform> ; %n contrôles manuels sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gates, %2 decisions recorded (%3 go, %4 pending)</source>
        <translation>%1 portes, %2 décisions enregistrées (%3 go, %4 en attente)</translation>
    </message>
    <message>
        <source>The window&apos;s end minus the rollback duration (likely, and P80 from the simulation): the latest moment a rollback can start</source>
        <translation>Fin de la fenêtre moins la durée du retour arrière (probable, et P80 d’après la simulation) : le dernier moment où un retour arrière peut commencer</translation>
    </message>
    <message>
        <source>From the planned finish of the task marked point-of-no-return (without one, traffic-switched) to the rollback deadline; likely and P80</source>
        <translation>De la fin prévue de la tâche marquée point-of-no-return (à défaut, traffic-switched) jusqu’à l’échéance du retour arrière ; probable et P80</translation>
    </message>
    <message>
        <source>%1 (likely), %2 (P80)</source>
        <translation>%1 (probable), %2 (P80)</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (probable)</translation>
    </message>
    <message>
        <source>; %1 (P80)</source>
        <translation> ; %1 (P80)</translation>
    </message>
    <message>
        <source>; P80: run the simulation</source>
        <translation> ; P80 : lancez la simulation</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, depuis %1</translation>
    </message>
</context>
<context>
    <name>cutover::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>cutover::gui::PresenterWindow</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Presenting %1</source>
        <translation>Présentation : %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Rollback &amp; criteria</source>
        <translation>Retour arrière et critères</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Go / no-go</source>
        <translation>Go / no-go</translation>
    </message>
    <message>
        <source>Changes since the last baseline</source>
        <translation>Modifications depuis la dernière référence</translation>
    </message>
    <message>
        <source>%1   %2 / %3</source>
        <translation>%1   %2 / %3</translation>
    </message>
    <message>
        <source>← → or Page Up / Page Down: agenda · Esc: leave · Ctrl+U: %1</source>
        <translation>← → ou Page préc. / Page suiv. : ordre du jour · Échap : quitter · Ctrl+U : %1</translation>
    </message>
    <message>
        <source>lock (decisions are recorded now)</source>
        <translation>verrouiller (les décisions sont maintenant enregistrées)</translation>
    </message>
    <message>
        <source>unlock to record decisions</source>
        <translation>déverrouiller pour enregistrer des décisions</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;No-go</source>
        <translation>&amp;No-go</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Suspension</translation>
    </message>
    <message>
        <source>Why? (Enter records, Esc cancels)</source>
        <translation>Pourquoi ? (Entrée enregistre, Échap annule)</translation>
    </message>
    <message>
        <source>%1 at “%2” — the rationale:</source>
        <translation>%1 à la porte « %2 » — la justification :</translation>
    </message>
    <message>
        <source>Record %1 at gate “%2”</source>
        <translation>Enregistrer %1 à la porte « %2 »</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Temps d’arrêt</translation>
    </message>
    <message>
        <source>%1 likely, %2 at P80</source>
        <translation>%1 probable, %2 au P80</translation>
    </message>
    <message>
        <source>Fits the window</source>
        <translation>Tient dans la fenêtre</translation>
    </message>
    <message>
        <source>Rollback deadline (P80)</source>
        <translation>Échéance du retour arrière (P80)</translation>
    </message>
    <message>
        <source>Margin to it (P80)</source>
        <translation>Marge jusqu’à celle-ci (P80)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rollback takes</source>
        <translation>Le retour arrière dure</translation>
    </message>
    <message>
        <source>Start it by</source>
        <translation>Début au plus tard</translation>
    </message>
    <message>
        <source>BREACHED</source>
        <translation>DÉPASSÉ</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no checklist</source>
        <translation>aucune liste de contrôle</translation>
    </message>
    <message>
        <source>The plan has no gates.</source>
        <translation>Le plan n’a aucune porte.</translation>
    </message>
    <message>
        <source>%1 of %2 items open</source>
        <translation>%1 contrôles ouverts sur %2</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>%1 breached, %2 ok, %3 without data</source>
        <translation>%1 dépassés, %2 ok, %3 sans données</translation>
    </message>
    <message>
        <source>Margin (P80)</source>
        <translation>Marge (P80)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>then: downtime P80 %1, fit %2, deadline P80 %3</source>
        <translation>alors : temps d’arrêt P80 %1, adéquation %2, échéance P80 %3</translation>
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
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems (%1, %2)</source>
        <translation>Problèmes (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>This error withholds the verdict: no fit, downtime or margin is shown until it is fixed.</source>
        <translation>Cette erreur suspend le verdict : ni l’adéquation à la fenêtre, ni le temps d’arrêt, ni la marge ne sont affichés tant qu’elle n’est pas corrigée.</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Pas de verdict : %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>The figures are computed: warnings do not withhold the verdict.</source>
        <translation>Les chiffres sont calculés : les avertissements ne suspendent pas le verdict.</translation>
    </message>
    <message>
        <source>The figures are computed: these errors do not withhold the verdict.</source>
        <translation>Les chiffres sont calculés : ces erreurs ne suspendent pas le verdict.</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ReportActions</name>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print the stakeholder report</source>
        <translation>Imprimer le rapport pour les parties prenantes</translation>
    </message>
    <message>
        <source>Preparing the report (simulating %1 runs)…</source>
        <translation>Préparation du rapport (simulation de %1 tirages)…</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Rapport annulé.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Le rapport ne peut pas être produit : %1</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>The report could not be drawn: %1</source>
        <translation>Le rapport n’a pas pu être dessiné : %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Le rapport n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <source>Report sent to %1</source>
        <translation>Rapport envoyé à %1</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save the stakeholder report as a PDF file</source>
        <translation>Enregistrer le rapport aux parties prenantes en fichier PDF</translation>
    </message>
    <message>
        <source>Show the stakeholder report page by page before printing</source>
        <translation>Afficher le rapport aux parties prenantes page par page avant l’impression</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ReportDialog</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Taille de page :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ReviewActions</name>
    <message>
        <source>Take &amp;Baseline…</source>
        <translation>Créer une &amp;référence…</translation>
    </message>
    <message>
        <source>Keep a named, read-only snapshot of the runbook, rollback plan, criteria and figures</source>
        <translation>Conserver un instantané nommé, en lecture seule, du runbook, du plan de retour arrière, des critères et des chiffres</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the plan as of one of its baselines</source>
        <translation>Approuver le plan sur la base de l’une de ses références</translation>
    </message>
    <message>
        <source>&amp;Changes Since Baseline…</source>
        <translation>&amp;Modifications depuis la référence…</translation>
    </message>
    <message>
        <source>What changed since a baseline, biggest downtime effects first</source>
        <translation>Ce qui a changé depuis une référence, les plus grands effets sur le temps d’arrêt d’abord</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>No baseline taken: %1</source>
        <translation>Aucune référence créée : %1</translation>
    </message>
    <message>
        <source>Baseline “%1” taken</source>
        <translation>Référence « %1 » créée</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Non approuvé : %1</translation>
    </message>
    <message>
        <source>Approved by %1 as of “%2”</source>
        <translation>Approuvé par %1 sur la base de « %2 »</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revue %1</translation>
    </message>
    <message>
        <source>Take Baseline</source>
        <translation>Créer une référence</translation>
    </message>
    <message>
        <source>Baseline &amp;name:</source>
        <translation>&amp;Nom de la référence :</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (facultative) :</translation>
    </message>
    <message>
        <source>No baseline was taken: a baseline needs a name that the plan does not use yet.</source>
        <translation>Aucune référence n’a été créée : une référence doit avoir un nom que le plan n’utilise pas encore.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Take a baseline first: an approval is of a baseline.</source>
        <translation>Créez d’abord une référence : une approbation porte toujours sur une référence.</translation>
    </message>
    <message>
        <source>Approve as of &amp;baseline:</source>
        <translation>&amp;Référence à approuver :</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approuvé &amp;par :</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuel : %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à « %1 »</translation>
    </message>
    <message>
        <source>Changes Since Baseline</source>
        <translation>Modifications depuis la référence</translation>
    </message>
</context>
<context>
    <name>cutover::gui::RollbackPage</name>
    <message>
        <source>Rollback steps</source>
        <translation>Étapes de retour arrière</translation>
    </message>
    <message>
        <source>Rollback criteria</source>
        <translation>Critères de retour arrière</translation>
    </message>
    <message>
        <source>Set a maintenance window to get the rollback deadline.</source>
        <translation>Définissez une fenêtre de maintenance pour obtenir l’échéance du retour arrière.</translation>
    </message>
    <message>
        <source>Rollback deadline and margin %1.</source>
        <translation>Échéance du retour arrière et marge : %1.</translation>
    </message>
    <message>
        <source>No rollback steps planned: there is no rollback deadline.</source>
        <translation>Aucune étape de retour arrière prévue : il n’y a pas d’échéance du retour arrière.</translation>
    </message>
    <message>
        <source>A rollback takes %1 (likely), %2 (P80).</source>
        <translation>Un retour arrière dure %1 (probable), %2 (P80).</translation>
    </message>
    <message>
        <source>A rollback takes %1 (likely).</source>
        <translation>Un retour arrière dure %1 (probable).</translation>
    </message>
    <message>
        <source>It must start by %1 (likely)</source>
        <translation>Il doit commencer au plus tard à %1 (probable)</translation>
    </message>
    <message>
        <source> or by %1 (P80)</source>
        <translation> ou à %1 (P80)</translation>
    </message>
    <message>
        <source> to finish inside the window.</source>
        <translation> pour se terminer dans la fenêtre.</translation>
    </message>
    <message>
        <source>Margin from %1: %2 (likely)</source>
        <translation>Marge depuis %1 : %2 (probable)</translation>
    </message>
    <message>
        <source>, %1 (P80)</source>
        <translation>, %1 (P80)</translation>
    </message>
    <message>
        <source>P80 figures need a current simulation (Simulation page).</source>
        <translation>Les valeurs P80 nécessitent une simulation à jour (page Simulation).</translation>
    </message>
</context>
<context>
    <name>cutover::gui::RunbookView</name>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Move to phase</source>
        <translation>Déplacer vers la phase</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add a task below the current one</source>
        <translation>Ajouter une tâche sous la tâche courante</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected tasks</source>
        <translation>Dupliquer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected tasks</source>
        <translation>Supprimer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected tasks up</source>
        <translation>Monter les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected tasks down</source>
        <translation>Descendre les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste cells, or rows with a header line, from a spreadsheet</source>
        <translation>Coller des cellules, ou des lignes avec une ligne d’en-tête, depuis un tableur</translation>
    </message>
    <message>
        <source>Move the selected tasks to another phase</source>
        <translation>Déplacer les tâches sélectionnées vers une autre phase</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>The plan cannot be scheduled: %1</source>
        <translation>Impossible de planifier le plan : %1</translation>
    </message>
    <message>
        <source>(the plan has no phases)</source>
        <translation>(le plan n’a pas de phases)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>paste into an editable column (not a computed one)</source>
        <translation>coller dans une colonne modifiable (pas une colonne calculée)</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows</source>
        <translation>
            <numerusform>%n ligne collée</numerusform>
            <numerusform>%n lignes collées</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Supprimer des tâches</translation>
    </message>
    <message>
        <source>Tasks that wait on %1: %2.</source>
        <translation>Tâches qui attendent %1 : %2.</translation>
    </message>
    <message>
        <source>Reconnect them to the deleted tasks&apos; predecessors, so the order of the plan stays as it was? Just deleting drops their links, and they may start too early.</source>
        <translation>Les rattacher aux prédécesseurs des tâches supprimées, pour que l’ordre du plan reste le même ? Une simple suppression retire leurs liens, et elles risquent de commencer trop tôt.</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Rattacher</translation>
    </message>
    <message>
        <source>&amp;Just delete</source>
        <translation>&amp;Supprimer seulement</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>Tâche « %1 » supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tasks</source>
        <translation>
            <numerusform>%n tâche supprimée</numerusform>
            <numerusform>%n tâches supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; now follows %2</source>
        <translation>« %1 » suit désormais %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n tasks no longer wait on it</source>
        <translation>
            <numerusform> ; %n tâche ne l’attend plus</numerusform>
            <numerusform> ; %n tâches ne l’attendent plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tasks no longer wait on them</source>
        <translation>
            <numerusform> ; %n tâche ne les attend plus</numerusform>
            <numerusform> ; %n tâches ne les attendent plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::SectionTableView</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a row below the current one</source>
        <translation>Ajouter une ligne sous la ligne courante</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
</context>
<context>
    <name>cutover::gui::SimulationPage</name>
    <message>
        <source>Simulation failed: %1</source>
        <translation>La simulation a échoué : %1</translation>
    </message>
    <message>
        <source>The plan is not simulated (%1). Fix it in the Problems panel.</source>
        <translation>Le plan n’est pas simulé (%1). Corrigez l’erreur dans le panneau « Problèmes ».</translation>
    </message>
</context>
<context>
    <name>cutover::gui::TimelinePage</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Zoom avant (+ ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out (− or Ctrl+wheel)</source>
        <translation>Zoom arrière (− ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>&amp;Whole plan</source>
        <translation>&amp;Plan entier</translation>
    </message>
    <message>
        <source>Show the whole plan (Home)</source>
        <translation>Afficher le plan entier (Début)</translation>
    </message>
    <message>
        <source>P80 &amp;ghost bars</source>
        <translation>Barres &amp;fantômes P80</translation>
    </message>
    <message>
        <source>Show how far each task may run at P80 (80 % of the simulated runs finish by the end of its lighter bar)</source>
        <translation>Montre jusqu’où chaque tâche peut aller à P80 (80 % des tirages simulés finissent avant la fin de sa barre plus claire)</translation>
    </message>
    <message>
        <source>Run the simulation first</source>
        <translation>Lancez d’abord la simulation</translation>
    </message>
    <message>
        <source>Timeline %1. Fix it in the Problems panel.</source>
        <translation>Chronologie : %1. Corrigez l’erreur dans le panneau « Problèmes ».</translation>
    </message>
</context>
<context>
    <name>cutover::gui::ValidationPage</name>
    <message>
        <source>No validation results imported yet. Use File &gt; Import monitoring data… with a Data Validation Tool, pt-table-checksum, AWS DMS or Azure DMS export.</source>
        <translation>Aucun résultat de validation importé. Utilisez Fichier &gt; Importer des données de supervision… avec un export de Data Validation Tool, pt-table-checksum, AWS DMS ou Azure DMS.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import monitoring or validation exports</source>
        <translation>Importer des exports de supervision ou de validation</translation>
    </message>
</context>
<context>
    <name>cutover::views::ChartWidget</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Exporter le graphique en SVG…</translation>
    </message>
</context>
<context>
    <name>cutover::views::CriteriaBoardView</name>
    <message>
        <source>Rollback criteria</source>
        <translation>Critères de retour arrière</translation>
    </message>
</context>
<context>
    <name>cutover::views::MonitoringView</name>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
</context>
<context>
    <name>cutover::views::SeriesListWidget</name>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Only with a &amp;criterion</source>
        <translation>Seulement avec un &amp;critère</translation>
    </message>
    <message>
        <source>Series drawn on the lag chart</source>
        <translation>Séries tracées sur le graphique de latence</translation>
    </message>
    <message>
        <source>Draw every imported series</source>
        <translation>Tracer toutes les séries importées</translation>
    </message>
    <message>
        <source>Draw only the series a rollback criterion watches</source>
        <translation>Ne tracer que les séries surveillées par un critère de retour arrière</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>%1
Metric: %2</source>
        <translation>%1
Métrique : %2</translation>
    </message>
    <message>
        <source>
Imported from: %1</source>
        <translation>
Importé de : %1</translation>
    </message>
    <message>
        <source>
Watched by a rollback criterion</source>
        <translation>
Surveillée par un critère de retour arrière</translation>
    </message>
</context>
<context>
    <name>cutover::views::SimulationChartWidget</name>
    <message>
        <source>%1 of %2 runs (%3 %)</source>
        <translation>%1 sur %2 tirages (%3 %)</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2 : %3</translation>
    </message>
    <message>
        <source>By %1: %2 % of the runs</source>
        <translation>À %1 : %2 % des tirages</translation>
    </message>
    <message>
        <source>%1: on the critical path in %2 % of the runs</source>
        <translation>%1 : sur le chemin critique dans %2 % des tirages</translation>
    </message>
    <message>
        <source>%1: mean %2 in its fastest 10 % of runs, %3 in its slowest 10 % (rank correlation %4)</source>
        <translation>%1 : en moyenne %2 dans ses 10 % de tirages les plus rapides, %3 dans ses 10 % les plus lents (corrélation de rang %4)</translation>
    </message>
</context>
<context>
    <name>cutover::views::SimulationView</name>
    <message>
        <source>Iterations</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <source>Run simulation</source>
        <translation>Lancer la simulation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-run after edits</source>
        <translation>Relancer après modification</translation>
    </message>
    <message>
        <source>Runs the simulation again after every edit (plans of up to %1 tasks)</source>
        <translation>Relance la simulation après chaque modification (plans jusqu’à %1 tâches)</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Tirages :</translation>
    </message>
    <message>
        <source>No plan to simulate yet.</source>
        <translation>Pas encore de plan à simuler.</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>The plan changed since this simulation: press Re-run.</source>
        <translation>Le plan a changé depuis cette simulation : cliquez sur « Relancer ».</translation>
    </message>
    <message numerus="yes">
        <source>Press Run simulation to simulate %n task(s).</source>
        <translation>
            <numerusform>Cliquez sur « Lancer la simulation » pour simuler %n tâche.</numerusform>
            <numerusform>Cliquez sur « Lancer la simulation » pour simuler %n tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulating %1 runs…</source>
        <translation>Simulation de %1 tirages…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 runs, seed %2.</source>
        <translation>%1 tirages, graine %2.</translation>
    </message>
    <message>
        <source> Probability of fitting the window: %1 %.</source>
        <translation> Probabilité de tenir dans la fenêtre : %1 %.</translation>
    </message>
    <message>
        <source>Simulation cancelled; showing the previous results.</source>
        <translation>Simulation annulée ; les résultats précédents sont affichés.</translation>
    </message>
    <message>
        <source>Simulation cancelled.</source>
        <translation>Simulation annulée.</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>Simulation impossible : %1</translation>
    </message>
    <message>
        <source> Rollback deadline %1 (P80), %2 (likely).</source>
        <translation> Échéance du retour arrière : %1 (P80), %2 (probable).</translation>
    </message>
    <message>
        <source> Margin from %1: %2 (P80), %3 (likely).</source>
        <translation> Marge depuis %1 : %2 (P80), %3 (probable).</translation>
    </message>
</context>
<context>
    <name>cutover::views::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>go/no-go gate</source>
        <translation>porte go/no-go</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>%1 · owner %2</source>
        <translation>%1 · responsable : %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;critical&lt;/b&gt; (no float)</source>
        <translation>&lt;b&gt;critique&lt;/b&gt; (aucune marge)</translation>
    </message>
    <message>
        <source>float %1</source>
        <translation>marge %1</translation>
    </message>
    <message>
        <source>P80 finish %1</source>
        <translation>fin P80 %1</translation>
    </message>
</context>
<context>
    <name>cutover::views::ValidationChartWidget</name>
    <message>
        <source>%1 · %2: difference %3</source>
        <translation>%1 · %2 : écart %3</translation>
    </message>
</context>
<context>
    <name>cutover::views::ValidationView</name>
    <message>
        <source>Filter objects…</source>
        <translation>Filtrer les objets…</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>%1 objects · %2 passed · %3 failed · %4 unknown</source>
        <translation>%1 objets · %2 réussis · %3 en échec · %4 inconnus</translation>
    </message>
</context>
</TS>
