<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchImport</name>
    <message numerus="yes">
        <source>Files imported: %n.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompiledGraph</name>
    <message numerus="yes">
        <source>%n more cycle(s)</source>
        <translation>
            <numerusform>%n more cycle</numerusform>
            <numerusform>%n more cycles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFile</name>
    <message numerus="yes">
        <source>the rollback plan (%n steps)</source>
        <translation>
            <numerusform>the rollback plan (%n step)</numerusform>
            <numerusform>the rollback plan (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rollback criteria</source>
        <translation>
            <numerusform>%n rollback criterion</numerusform>
            <numerusform>%n rollback criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate decisions</source>
        <translation>
            <numerusform>%n gate decision</numerusform>
            <numerusform>%n gate decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n readiness items</source>
        <translation>
            <numerusform>%n readiness item</numerusform>
            <numerusform>%n readiness items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported series</source>
        <translation>
            <numerusform>%n imported series</numerusform>
            <numerusform>%n imported series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation results</source>
        <translation>
            <numerusform>%n validation result</numerusform>
            <numerusform>%n validation results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the recorded progress of %n tasks</source>
        <translation>
            <numerusform>the recorded progress of %n task</numerusform>
            <numerusform>the recorded progress of %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertTasksCommand</name>
    <message numerus="yes">
        <source>Add %n tasks</source>
        <translation>
            <numerusform>Add %n task</numerusform>
            <numerusform>Add %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MspdiWriter</name>
    <message numerus="yes">
        <source>%n characters XML cannot hold (control characters in names or notes)</source>
        <translation>
            <numerusform>%n character XML cannot hold (control characters in names or notes)</numerusform>
            <numerusform>%n characters XML cannot hold (control characters in names or notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lag precision below a tenth of a minute (%n links, rounded)</source>
        <translation>
            <numerusform>lag precision below a tenth of a minute (%n link, rounded)</numerusform>
            <numerusform>lag precision below a tenth of a minute (%n links, rounded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanWriteLock</name>
    <message numerus="yes">
        <source>another program has been saving this plan for more than %n s; the plan was not changed</source>
        <translation>
            <numerusform>another program has been saving this plan for more than %n s; the plan was not changed</numerusform>
            <numerusform>another program has been saving this plan for more than %n s; the plan was not changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveTasksCommand</name>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunbookClipboard</name>
    <message numerus="yes">
        <source>Paste %n tasks</source>
        <translation>
            <numerusform>Paste %n task</numerusform>
            <numerusform>Paste %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n pasted lines run past the last task</source>
        <translation>
            <numerusform>the %n pasted line runs past the last task</numerusform>
            <numerusform>the %n pasted lines run past the last task</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionAdapters</name>
    <message numerus="yes">
        <source>%n tasks are in phase &quot;%1&quot;; rename its name instead, or move them first</source>
        <translation>
            <numerusform>%n task is in phase &quot;%1&quot;; rename its name instead, or move it first</numerusform>
            <numerusform>%n tasks are in phase &quot;%1&quot;; rename its name instead, or move them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phases</source>
        <translation>
            <numerusform>Delete %n phase</numerusform>
            <numerusform>Delete %n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rollback steps</source>
        <translation>
            <numerusform>Delete %n rollback step</numerusform>
            <numerusform>Delete %n rollback steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n criteria</source>
        <translation>
            <numerusform>Delete %n criterion</numerusform>
            <numerusform>Delete %n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n gate decisions</source>
        <translation>
            <numerusform>Delete %n gate decision</numerusform>
            <numerusform>Delete %n gate decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n readiness checks</source>
        <translation>
            <numerusform>Delete %n readiness check</numerusform>
            <numerusform>Delete %n readiness checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n SLA targets</source>
        <translation>
            <numerusform>Delete %n SLA target</numerusform>
            <numerusform>Delete %n SLA targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesSelection</name>
    <message numerus="yes">
        <source>the first %n, as no rollback criterion watches one</source>
        <translation>
            <numerusform>the first %n, as no rollback criterion watches one</numerusform>
            <numerusform>the first %n, as no rollback criterion watches one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulationRenderer</name>
    <message numerus="yes">
        <source>share of runs · … and %n more task(s)</source>
        <translation>
            <numerusform>share of runs · … and %n more task</numerusform>
            <numerusform>share of runs · … and %n more tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message numerus="yes">
        <source>Duplicate %n tasks</source>
        <translation>
            <numerusform>Duplicate %n task</numerusform>
            <numerusform>Duplicate %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks up</source>
        <translation>
            <numerusform>Move %n task up</numerusform>
            <numerusform>Move %n tasks up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks down</source>
        <translation>
            <numerusform>Move %n task down</numerusform>
            <numerusform>Move %n tasks down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks to phase &quot;%1&quot;</source>
        <translation>
            <numerusform>Move %n task to phase &quot;%1&quot;</numerusform>
            <numerusform>Move %n tasks to phase &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationRenderer</name>
    <message numerus="yes">
        <source>… and %n more failing check(s)</source>
        <translation>
            <numerusform>… and %n more failing check</numerusform>
            <numerusform>… and %n more failing checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed check(s) without a numeric difference</source>
        <translation>
            <numerusform>%n failed check without a numeric difference</numerusform>
            <numerusform>%n failed checks without a numeric difference</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a numeric difference</source>
        <translation>
            <numerusform>%n without a numeric difference</numerusform>
            <numerusform>%n without a numeric difference</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::ImportContext</name>
    <message numerus="yes">
        <source>%n time(s) in the repeated hour at the end of daylight saving time: the first occurrence was taken unless the series had already passed it</source>
        <translation>
            <numerusform>%n time in the repeated hour at the end of daylight saving time: the first occurrence was taken unless the series had already passed it</numerusform>
            <numerusform>%n times in the repeated hour at the end of daylight saving time: the first occurrence was taken unless the series had already passed it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the skipped hour at the start of daylight saving time: read with the offset before the change</source>
        <translation>
            <numerusform>%n time in the skipped hour at the start of daylight saving time: read with the offset before the change</numerusform>
            <numerusform>%n times in the skipped hour at the start of daylight saving time: read with the offset before the change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series were not in time order and have been sorted</source>
        <translation>
            <numerusform>%n series was not in time order and has been sorted</numerusform>
            <numerusform>%n series were not in time order and have been sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap point(s) (null, NaN, None or empty)</source>
        <translation>
            <numerusform>%n gap point (null, NaN, None or empty)</numerusform>
            <numerusform>%n gap points (null, NaN, None or empty)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) differ</source>
        <translation>
            <numerusform>%n chunk differs</numerusform>
            <numerusform>%n chunks differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress or warning line(s) skipped</source>
        <translation>
            <numerusform>%n progress or warning line skipped</numerusform>
            <numerusform>%n progress or warning lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::charts::LagQChart</name>
    <message numerus="yes">
        <source>No series selected: %n series imported, none chosen to be drawn.</source>
        <translation>
            <numerusform>No series selected: %n series imported, none chosen to be drawn.</numerusform>
            <numerusform>No series selected: %n series imported, none chosen to be drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::FileActions</name>
    <message numerus="yes">
        <source>Opened with %n warnings: %1</source>
        <translation>
            <numerusform>Opened with %n warning: %1</numerusform>
            <numerusform>Opened with %n warnings: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n warnings: %1</source>
        <translation>
            <numerusform>Imported with %n warning: %1</numerusform>
            <numerusform>Imported with %n warnings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::ImportActions</name>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more under Show Details.</source>
        <translation>
            <numerusform>… and %n more under Show Details.</numerusform>
            <numerusform>… and %n more under Show Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::ImportDialog</name>
    <message numerus="yes">
        <source>Rows shown as they will be imported: %n.</source>
        <translation>
            <numerusform>%n row shown as it will be imported.</numerusform>
            <numerusform>Rows shown as they will be imported: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Times this layout cannot read: %n.</source>
        <translation>
            <numerusform>Times this layout cannot read: %n.</numerusform>
            <numerusform>Times this layout cannot read: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::OverviewPage</name>
    <message numerus="yes">
        <source>; %n manual checks breached</source>
        <translation>
            <numerusform>; %n manual check breached</numerusform>
            <numerusform>; %n manual checks breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n manual checks unanswered</source>
        <translation>
            <numerusform>; %n manual check unanswered</numerusform>
            <numerusform>; %n manual checks unanswered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::gui::RunbookView</name>
    <message numerus="yes">
        <source>Copied %n rows</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n rows</source>
        <translation>
            <numerusform>Pasted %n row</numerusform>
            <numerusform>Pasted %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tasks</source>
        <translation>
            <numerusform>Deleted %n task</numerusform>
            <numerusform>Deleted %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tasks no longer wait on it</source>
        <translation>
            <numerusform>; %n task no longer waits on it</numerusform>
            <numerusform>; %n tasks no longer wait on it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tasks no longer wait on them</source>
        <translation>
            <numerusform>; %n task no longer waits on them</numerusform>
            <numerusform>; %n tasks no longer wait on them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::views::SimulationView</name>
    <message numerus="yes">
        <source>Press Run simulation to simulate %n task(s).</source>
        <translation>
            <numerusform>Press Run simulation to simulate %n task.</numerusform>
            <numerusform>Press Run simulation to simulate %n tasks.</numerusform>
        </translation>
    </message>
</context>
</TS>
