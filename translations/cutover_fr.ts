<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>expected a duration of zero or more minutes, got %1</source>
        <translation>durée de zéro minute ou plus attendue, reçu %1</translation>
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
        <source>expected a finite lag in minutes</source>
        <translation>décalage fini en minutes attendu</translation>
    </message>
    <message>
        <source>(entangled with it: %1)</source>
        <translation>(imbriqué avec : %1)</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>cycle de dépendances : %1</translation>
    </message>
</context>
<context>
    <name>DocumentIo</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a plan</source>
        <translation>est un dossier, pas un plan</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>not a Cutover Planner plan (expected a .cutover file or a JSON plan)</source>
        <translation>pas un plan Cutover Planner (fichier .cutover ou plan JSON attendu)</translation>
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
    <name>RunbookClipboard</name>
    <message>
        <source>the plan is open read-only</source>
        <translation>le plan est ouvert en lecture seule</translation>
    </message>
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
    <name>TaskEdits</name>
    <message>
        <source>the plan is open read-only</source>
        <translation>le plan est ouvert en lecture seule</translation>
    </message>
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
    <name>cutover::ImportDataCommand</name>
    <message>
        <source>Import monitoring data</source>
        <translation>Importer des données de supervision</translation>
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
        <source>the plan is open read-only</source>
        <translation>le plan est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>%1 séries avec %2 points (%3 trous).</translation>
    </message>
    <message>
        <source>Times written without a UTC offset were read in %1.</source>
        <translation>Les heures sans décalage UTC ont été lues dans le fuseau %1.</translation>
    </message>
    <message>
        <source>%1 validation results, %2 failed.</source>
        <translation>%1 résultats de validation, %2 en échec.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the plan is open read-only</source>
        <translation>le plan est ouvert en lecture seule</translation>
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
        <translation>Surveillance</translation>
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
        <source>The window&apos;s end minus the rollback duration: the latest moment a rollback can start</source>
        <translation>La fin de la fenêtre moins la durée du retour arrière : le dernier moment où un retour arrière peut commencer</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <source>Time between the point of no return (or, without one, traffic switched) and the rollback deadline</source>
        <translation>Temps entre le point de non-retour (ou, à défaut, la bascule du trafic) et l’échéance du retour arrière</translation>
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
        <source>cannot schedule: %1</source>
        <translation>planification impossible : %1</translation>
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
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown (needs a window and both downtime marks)</source>
        <translation>inconnu (nécessite une fenêtre et les deux repères d’arrêt)</translation>
    </message>
    <message>
        <source>no rollback steps planned</source>
        <translation>aucune étape de retour arrière prévue</translation>
    </message>
    <message>
        <source>%1 too late</source>
        <translation>%1 trop tard</translation>
    </message>
    <message>
        <source>needs a task marked point-of-no-return or traffic-switched</source>
        <translation>nécessite une tâche repérée point-of-no-return ou traffic-switched</translation>
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
        <translation>%1 : %2 retour arrière, %3 attente, %4 avertissement</translation>
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
        <source>Preview the stakeholder report and save it as a PDF</source>
        <translation>Prévisualiser le rapport pour les parties prenantes et l’enregistrer en PDF</translation>
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
        <source>Report preview: Print to choose where to save the PDF</source>
        <translation>Aperçu du rapport : Imprimer pour choisir où enregistrer le PDF</translation>
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
        <source>Cannot schedule the plan: %1</source>
        <translation>Impossible de planifier le plan : %1</translation>
    </message>
    <message>
        <source>A rollback takes %1 at likely durations.</source>
        <translation>Un retour arrière dure %1 avec les durées probables.</translation>
    </message>
    <message>
        <source>It must start by %1 to finish inside the window.</source>
        <translation>Il doit commencer avant %1 pour finir dans la fenêtre.</translation>
    </message>
    <message>
        <source>Set a maintenance window to get the rollback deadline.</source>
        <translation>Définissez une fenêtre de maintenance pour obtenir l’échéance du retour arrière.</translation>
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
        <source>The plan cannot be scheduled, so it cannot be simulated: %1</source>
        <translation>Le plan ne peut pas être ordonnancé, donc pas simulé : %1</translation>
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
        <source>The plan cannot be scheduled, so the timeline shows its last state: %1</source>
        <translation>Le plan ne peut pas être ordonnancé, la chronologie montre son dernier état : %1</translation>
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
</TS>
