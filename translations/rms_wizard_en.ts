<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Accessible</name>
    <message>
        <source>Column headers: %1</source>
        <translation>Column headers: %1</translation>
    </message>
    <message>
        <source>Row headers: %1</source>
        <translation>Row headers: %1</translation>
    </message>
    <message>
        <source>Select all: %1</source>
        <translation>Select all: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Unexpected problem</translation>
    </message>
    <message>
        <source>An unexpected problem occurred. The details are in the log %1</source>
        <translation>An unexpected problem occurred. The details are in the log %1</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>security</source>
        <translation>security</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Installing the SP1 client…</source>
        <translation>Installing the SP1 client…</translation>
    </message>
    <message>
        <source>RMS client 1.0</source>
        <translation>RMS client 1.0</translation>
    </message>
    <message>
        <source>SP1 client</source>
        <translation>SP1 client</translation>
    </message>
    <message>
        <source>No RMS client</source>
        <translation>No RMS client</translation>
    </message>
    <message>
        <source>Installed by hand</source>
        <translation>Installed by hand</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation>Group Policy</translation>
    </message>
    <message numerus="yes">
        <source>Still on RMS client 1.0 (%n computer(s)): </source>
        <translation>
            <numerusform>Still on RMS client 1.0 (%n computer): </numerusform>
            <numerusform>Still on RMS client 1.0 (%n computers): </numerusform>
        </translation>
    </message>
    <message>
        <source>Deployed through SMS or Group Policy (%1): the SP1 client installs there without administrator rights.</source>
        <translation>Deployed through SMS or Group Policy (%1): the SP1 client installs there without administrator rights.</translation>
    </message>
    <message>
        <source>Every computer with an RMS client runs the SP1 client.</source>
        <translation>Every computer with an RMS client runs the SP1 client.</translation>
    </message>
    <message>
        <source>Once these clients run SP1:</source>
        <translation>Once these clients run SP1:</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>The SP1 client is installed on %1.</source>
        <translation>The SP1 client is installed on %1.</translation>
    </message>
    <message>
        <source>no computer</source>
        <translation>no computer</translation>
    </message>
    <message>
        <source>Deploy the SP1 client to these computers, for example with SMS or Group Policy.</source>
        <translation>Deploy the SP1 client to these computers, for example with SMS or Group Policy.</translation>
    </message>
    <message>
        <source>Update the clients</source>
        <translation>Update the clients</translation>
    </message>
    <message>
        <source>Which computers still run RMS client 1.0, and what the SP1 client brings.</source>
        <translation>Which computers still run RMS client 1.0, and what the SP1 client brings.</translation>
    </message>
    <message>
        <source>The SP1 client is a separate update for the computers that use RMS. Compared with RMS client 1.0 it:</source>
        <translation>The SP1 client is a separate update for the computers that use RMS. Compared with RMS client 1.0 it:</translation>
    </message>
    <message>
        <source>activates by itself: no lockbox download from Microsoft over the internet;</source>
        <translation>activates by itself: no lockbox download from Microsoft over the internet;</translation>
    </message>
    <message>
        <source>installs through SMS or Group Policy without administrator rights;</source>
        <translation>installs through SMS or Group Policy without administrator rights;</translation>
    </message>
    <message>
        <source>brings the server lockbox (server security processor) for server applications such as SharePoint services and Exchange 2003;</source>
        <translation>brings the server lockbox (server security processor) for server applications such as SharePoint services and Exchange 2003;</translation>
    </message>
    <message>
        <source>uses FIPS 140-2 validated algorithms;</source>
        <translation>uses FIPS 140-2 validated algorithms;</translation>
    </message>
    <message>
        <source>stays compatible with applications written for the 1.0 client.</source>
        <translation>stays compatible with applications written for the 1.0 client.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>RMS client</source>
        <translation>RMS client</translation>
    </message>
    <message>
        <source>Deployed with</source>
        <translation>Deployed with</translation>
    </message>
    <message>
        <source>Client computers</source>
        <translation>Client computers</translation>
    </message>
    <message>
        <source>&amp;Update the 1.0 clients to SP1</source>
        <translation>&amp;Update the 1.0 clients to SP1</translation>
    </message>
    <message>
        <source>Update the 1.0 clients to SP1</source>
        <translation>Update the 1.0 clients to SP1</translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <source>Backups of the rollout: %1</source>
        <translation>Backups of the rollout: %1</translation>
    </message>
    <message>
        <source>Updated to SP1 and checked: %1</source>
        <translation>Updated to SP1 and checked: %1</translation>
    </message>
    <message>
        <source>Already at SP1: %1</source>
        <translation>Already at SP1: %1</translation>
    </message>
    <message>
        <source>Failed and rolled back to 1.0: %1</source>
        <translation>Failed and rolled back to 1.0: %1</translation>
    </message>
    <message>
        <source>Not started (still RMS 1.0): %1</source>
        <translation>Not started (still RMS 1.0): %1</translation>
    </message>
    <message>
        <source>The rollout stopped at the server that failed: the servers updated so far run SP1, the others still run 1.0, and they work together. Fix the cause, then resume the rollout.</source>
        <translation>The rollout stopped at the server that failed: the servers updated so far run SP1, the others still run 1.0, and they work together. Fix the cause, then resume the rollout.</translation>
    </message>
    <message>
        <source>The rollout was stopped between servers: the servers updated so far run SP1, the others still run 1.0. Resume the rollout to continue.</source>
        <translation>The rollout was stopped between servers: the servers updated so far run SP1, the others still run 1.0. Resume the rollout to continue.</translation>
    </message>
    <message>
        <source>Before the first wave: backing up the configuration database of each cluster</source>
        <translation>Before the first wave: backing up the configuration database of each cluster</translation>
    </message>
    <message>
        <source>Wave %1 of %2: updating %3</source>
        <translation>Wave %1 of %2: updating %3</translation>
    </message>
    <message>
        <source>%1. The rollout stopped there. The servers updated so far run SP1 and the others still run 1.0: the two work together, so every cluster keeps serving. Fix the cause, then resume the rollout: it continues where it stopped.</source>
        <translation>%1. The rollout stopped there. The servers updated so far run SP1 and the others still run 1.0: the two work together, so every cluster keeps serving. Fix the cause, then resume the rollout: it continues where it stopped.</translation>
    </message>
    <message>
        <source>Choose the folder for the backups</source>
        <translation>Choose the folder for the backups</translation>
    </message>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation>Choose a folder for the backups first.</translation>
    </message>
    <message>
        <source>Enter the password of the private key first.</source>
        <translation>Enter the password of the private key first.</translation>
    </message>
    <message>
        <source>The rollout is running…</source>
        <translation>The rollout is running…</translation>
    </message>
    <message>
        <source>Stop the rollout</source>
        <translation>Stop the rollout</translation>
    </message>
    <message>
        <source>The rollout is running. If you stop it, the servers being updated now finish their update and no other server is started. Updated servers run SP1, the others stay at 1.0; they work together, and you can resume later.

Stop the rollout?</source>
        <translation>The rollout is running. If you stop it, the servers being updated now finish their update and no other server is started. Updated servers run SP1, the others stay at 1.0; they work together, and you can resume later.

Stop the rollout?</translation>
    </message>
    <message>
        <source>Before the first wave: %1 – %2</source>
        <translation>Before the first wave: %1 – %2</translation>
    </message>
    <message>
        <source>Wave %1 of %2: %3 – %4</source>
        <translation>Wave %1 of %2: %3 – %4</translation>
    </message>
    <message>
        <source>Root certification cluster</source>
        <translation>Root certification cluster</translation>
    </message>
    <message>
        <source>Licensing cluster (sub-enrolled to %1)</source>
        <translation>Licensing cluster (sub-enrolled to %1)</translation>
    </message>
    <message>
        <source>Waiting (RMS 1.0)</source>
        <translation>Waiting (RMS 1.0)</translation>
    </message>
    <message>
        <source>Backing up the cluster&apos;s configuration database…</source>
        <translation>Backing up the cluster&apos;s configuration database…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Cluster database backed up; waiting</source>
        <translation>Cluster database backed up; waiting</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Taken out of rotation</source>
        <translation>Taken out of rotation</translation>
    </message>
    <message>
        <source>Updating: step %1 of %2</source>
        <translation>Updating: step %1 of %2</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>Checking the result…</translation>
    </message>
    <message>
        <source>SP1, checked, back in rotation</source>
        <translation>SP1, checked, back in rotation</translation>
    </message>
    <message>
        <source>Already SP1</source>
        <translation>Already SP1</translation>
    </message>
    <message>
        <source>Failed; rolled back to 1.0, back in rotation</source>
        <translation>Failed; rolled back to 1.0, back in rotation</translation>
    </message>
    <message>
        <source>Failed; out of rotation</source>
        <translation>Failed; out of rotation</translation>
    </message>
    <message>
        <source>Not started (RMS 1.0)</source>
        <translation>Not started (RMS 1.0)</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <source>Already at SP1</source>
        <translation>Already at SP1</translation>
    </message>
    <message>
        <source>Stopping: the servers being updated now finish, no other one starts…</source>
        <translation>Stopping: the servers being updated now finish, no other one starts…</translation>
    </message>
    <message>
        <source>Stopped between servers. The servers updated so far run SP1, the others still run 1.0, and they work together. Resume the rollout to continue.</source>
        <translation>Stopped between servers. The servers updated so far run SP1, the others still run 1.0, and they work together. Resume the rollout to continue.</translation>
    </message>
    <message>
        <source>Every server of the deployment already runs SP1.</source>
        <translation>Every server of the deployment already runs SP1.</translation>
    </message>
    <message>
        <source>Every server of the deployment runs SP1 now. Each one was checked after its update and returned to rotation.</source>
        <translation>Every server of the deployment runs SP1 now. Each one was checked after its update and returned to rotation.</translation>
    </message>
    <message>
        <source>Resume the &amp;rollout</source>
        <translation>Resume the &amp;rollout</translation>
    </message>
    <message>
        <source>Start the &amp;rollout</source>
        <translation>Start the &amp;rollout</translation>
    </message>
    <message>
        <source>Resume the rollout</source>
        <translation>Resume the rollout</translation>
    </message>
    <message>
        <source>Start the rollout</source>
        <translation>Start the rollout</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) to update</source>
        <translation>
            <numerusform>%n server to update</numerusform>
            <numerusform>%n servers to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n wave(s).</source>
        <translation>
            <numerusform>in %n wave.</numerusform>
            <numerusform>in %n waves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each cluster&apos;s configuration database is backed up once, before the first wave; each server is backed up before its own update.</source>
        <translation>Each cluster&apos;s configuration database is backed up once, before the first wave; each server is backed up before its own update.</translation>
    </message>
    <message>
        <source>Rolling update of the clusters</source>
        <translation>Rolling update of the clusters</translation>
    </message>
    <message>
        <source>Setup updates the servers in waves; every cluster keeps serving.</source>
        <translation>Setup updates the servers in waves; every cluster keeps serving.</translation>
    </message>
    <message>
        <source>The waves follow the rules for clusters: the root certification clusters first, then the licensing clusters sub-enrolled to them; only a part of each cluster at a time; clusters in another forest (group expansion across forests) alongside, independently. RMS 1.0 and SP1 servers work together throughout.</source>
        <translation>The waves follow the rules for clusters: the root certification clusters first, then the licensing clusters sub-enrolled to them; only a part of each cluster at a time; clusters in another forest (group expansion across forests) alongside, independently. RMS 1.0 and SP1 servers work together throughout.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Wave, cluster and server</source>
        <translation>Wave, cluster and server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forest</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rollout waves</source>
        <translation>Rollout waves</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Private-key pass&amp;word:</source>
        <translation>Private-key pass&amp;word:</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stop the rollout between servers</source>
        <translation>Stop the rollout between servers</translation>
    </message>
    <message>
        <source>Servers done</source>
        <translation>Servers done</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Checking your steps and the sandbox…</source>
        <translation>Checking your steps and the sandbox…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Your steps compared with the recommendations for this update. Export the checklist for your trainer.</source>
        <translation>Your steps compared with the recommendations for this update. Export the checklist for your trainer.</translation>
    </message>
    <message>
        <source>Export the debrief as HTML</source>
        <translation>Export the debrief as HTML</translation>
    </message>
    <message>
        <source>&amp;Reset scenario</source>
        <translation>&amp;Reset scenario</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Reset scenario</translation>
    </message>
    <message>
        <source>Start this scenario again from a fresh copy of the sandbox</source>
        <translation>Start this scenario again from a fresh copy of the sandbox</translation>
    </message>
</context>
<context>
    <name>DebriefRow</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1: passed</translation>
    </message>
    <message>
        <source>%1: not passed</source>
        <translation>%1: not passed</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Save this debrief as a small HTML report for the trainer</source>
        <translation>Save this debrief as a small HTML report for the trainer</translation>
    </message>
    <message>
        <source>No scenario has been finished yet.</source>
        <translation>No scenario has been finished yet.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 recommendations followed (%3%)</source>
        <translation>Score: %1 of %2 recommendations followed (%3%)</translation>
    </message>
    <message>
        <source>The drill</source>
        <translation>The drill</translation>
    </message>
    <message>
        <source>Export the debrief</source>
        <translation>Export the debrief</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>%1 is inside the sandbox folder, which Reset scenario deletes. Export the debrief to a folder outside it.</source>
        <translation>%1 is inside the sandbox folder, which Reset scenario deletes. Export the debrief to a folder outside it.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>The report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>&amp;Export HTML…</source>
        <translation>&amp;Export HTML…</translation>
    </message>
    <message>
        <source>Replay of the run</source>
        <translation>Replay of the run</translation>
    </message>
</context>
<context>
    <name>DestinationFolder</name>
    <message>
        <source>Choose the destination folder</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <source>&amp;Destination folder:</source>
        <translation>&amp;Destination folder:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
</context>
<context>
    <name>DetectionPage</name>
    <message>
        <source>No RMS server install was found on this computer.</source>
        <translation>No RMS server install was found on this computer.</translation>
    </message>
    <message>
        <source>There is nothing to update here. Start the wizard with --root FOLDER for a server folder, or with --sandbox to practise on a training copy.</source>
        <translation>There is nothing to update here. Start the wizard with --root FOLDER for a server folder, or with --sandbox to practise on a training copy.</translation>
    </message>
    <message>
        <source>Setup could not examine this install.</source>
        <translation>Setup could not examine this install.</translation>
    </message>
    <message>
        <source>Looking at what is installed…</source>
        <translation>Looking at what is installed…</translation>
    </message>
    <message>
        <source>RMS is not installed on this server.</source>
        <translation>RMS is not installed on this server.</translation>
    </message>
    <message>
        <source>Setup can install RMS with SP1 directly. No backup is needed: there is nothing yet to lose. Afterwards, provision the server from its administration site.</source>
        <translation>Setup can install RMS with SP1 directly. No backup is needed: there is nothing yet to lose. Afterwards, provision the server from its administration site.</translation>
    </message>
    <message numerus="yes">
        <source>It had changed %n file(s) before it stopped, out of %1.</source>
        <translation>
            <numerusform>It had changed %n file before it stopped, out of %1.</numerusform>
            <numerusform>It had changed %n files before it stopped, out of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted update was found.</source>
        <translation>An interrupted update was found.</translation>
    </message>
    <message>
        <source>A previous run stopped before it finished.</source>
        <translation>A previous run stopped before it finished.</translation>
    </message>
    <message>
        <source>On the next page Setup explains what it found and brings the server back to a known state.</source>
        <translation>On the next page Setup explains what it found and brings the server back to a known state.</translation>
    </message>
    <message>
        <source>This RMS install is not in a state Setup can update.</source>
        <translation>This RMS install is not in a state Setup can update.</translation>
    </message>
    <message>
        <source>The files and the registry do not agree (see below). Repair the install first; Setup will not change it as it is.</source>
        <translation>The files and the registry do not agree (see below). Repair the install first; Setup will not change it as it is.</translation>
    </message>
    <message>
        <source>RMS with Service Pack 1 is installed.</source>
        <translation>RMS with Service Pack 1 is installed.</translation>
    </message>
    <message>
        <source>There is nothing to update. On the next page you can remove SP1 and return the server to RMS 1.0.</source>
        <translation>There is nothing to update. On the next page you can remove SP1 and return the server to RMS 1.0.</translation>
    </message>
    <message>
        <source>RMS 1.0 is installed: Setup can update it to SP1.</source>
        <translation>RMS 1.0 is installed: Setup can update it to SP1.</translation>
    </message>
    <message>
        <source>Next, Setup checks that you have the private-key password and helps you back up the configuration database and the key.</source>
        <translation>Next, Setup checks that you have the private-key password and helps you back up the configuration database and the key.</translation>
    </message>
    <message>
        <source>RMS with Service Pack 1 is installed, but it is damaged.</source>
        <translation>RMS with Service Pack 1 is installed, but it is damaged.</translation>
    </message>
    <message>
        <source>Some SP1 files are missing or damaged (see below). On the next page Setup can repair SP1: it reinstalls them.</source>
        <translation>Some SP1 files are missing or damaged (see below). On the next page Setup can repair SP1: it reinstalls them.</translation>
    </message>
    <message>
        <source>Next, Setup shows what the update changes for the servers and the clients; then it checks that you have the private-key password and backs up the configuration database and the key.</source>
        <translation>Next, Setup shows what the update changes for the servers and the clients; then it checks that you have the private-key password and backs up the configuration database and the key.</translation>
    </message>
    <message>
        <source>RMS 1.0</source>
        <translation>RMS 1.0</translation>
    </message>
    <message>
        <source>RMS SP1</source>
        <translation>RMS SP1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (schema %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (encrypted)</translation>
    </message>
    <message>
        <source>%1 (not encrypted!)</source>
        <translation>%1 (not encrypted!)</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) pending: </source>
        <translation>
            <numerusform>%n update pending: </numerusform>
            <numerusform>%n updates pending: </numerusform>
        </translation>
    </message>
    <message>
        <source>all critical and security updates installed</source>
        <translation>all critical and security updates installed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Detecting the installation</source>
        <translation>Detecting the installation</translation>
    </message>
    <message>
        <source>Setup examines this server: nothing is changed yet.</source>
        <translation>Setup examines this server: nothing is changed yet.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Forest:</source>
        <translation>Forest:</translation>
    </message>
    <message>
        <source>Install folder:</source>
        <translation>Install folder:</translation>
    </message>
    <message>
        <source>Configuration database:</source>
        <translation>Configuration database:</translation>
    </message>
    <message>
        <source>Logging database:</source>
        <translation>Logging database:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>Windows updates:</source>
        <translation>Windows updates:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Installed components</source>
        <translation>Installed components</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Detect again</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>Detect again</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Disk space: the installation needs %1; %2 is free on the disk of this server.</source>
        <translation>Disk space: the installation needs %1; %2 is free on the disk of this server.</translation>
    </message>
    <message>
        <source>Disk space: the update needs %1; %2 is free on the disk of this server.</source>
        <translation>Disk space: the update needs %1; %2 is free on the disk of this server.</translation>
    </message>
    <message>
        <source>That is not enough: free some space first, or the update will fail.</source>
        <translation>That is not enough: free some space first, or the update will fail.</translation>
    </message>
</context>
<context>
    <name>FinishedPage</name>
    <message>
        <source>Save the run report</source>
        <translation>Save the run report</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Writing the run report…</source>
        <translation>Writing the run report…</translation>
    </message>
    <message>
        <source>The run report is saved in %1</source>
        <translation>The run report is saved in %1</translation>
    </message>
    <message>
        <source>Cancelled. Every change was rolled back: the server is as it was.</source>
        <translation>Cancelled. Every change was rolled back: the server is as it was.</translation>
    </message>
    <message>
        <source>The work was cut off: the server lost power (drill).</source>
        <translation>The work was cut off: the server lost power (drill).</translation>
    </message>
    <message>
        <source>It did not work, and not every change could be rolled back yet: the server is not as it was. Once the cause below is fixed, run the recovery.</source>
        <translation>It did not work, and not every change could be rolled back yet: the server is not as it was. Once the cause below is fixed, run the recovery.</translation>
    </message>
    <message>
        <source>It did not work, and every change was rolled back.</source>
        <translation>It did not work, and every change was rolled back.</translation>
    </message>
    <message>
        <source>RMS is updated to Service Pack 1.</source>
        <translation>RMS is updated to Service Pack 1.</translation>
    </message>
    <message>
        <source>RMS with Service Pack 1 is installed.</source>
        <translation>RMS with Service Pack 1 is installed.</translation>
    </message>
    <message>
        <source>SP1 is removed.</source>
        <translation>SP1 is removed.</translation>
    </message>
    <message>
        <source>The interrupted run was completed.</source>
        <translation>The interrupted run was completed.</translation>
    </message>
    <message>
        <source>The interrupted run was rolled back.</source>
        <translation>The interrupted run was rolled back.</translation>
    </message>
    <message>
        <source>There was nothing to recover.</source>
        <translation>There was nothing to recover.</translation>
    </message>
    <message>
        <source>Setup keeps a journal of every step, so nothing is lost. Start Setup again on this server: it finds the interrupted run and offers to bring the server back to a known state.</source>
        <translation>Setup keeps a journal of every step, so nothing is lost. Start Setup again on this server: it finds the interrupted run and offers to bring the server back to a known state.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n file restored.</numerusform>
            <numerusform>%n files restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) removed.</source>
        <translation>
            <numerusform>%n file removed.</numerusform>
            <numerusform>%n files removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration database was restored from the backup made before SP1.</source>
        <translation>The configuration database was restored from the backup made before SP1.</translation>
    </message>
    <message numerus="yes">
        <source>%n past log entries copied back.</source>
        <translation>
            <numerusform>%n past log entry copied back.</numerusform>
            <numerusform>%n past log entries copied back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup checked the install afterwards: it is exactly RMS %1.</source>
        <translation>Setup checked the install afterwards: it is exactly RMS %1.</translation>
    </message>
    <message>
        <source>Setup could not confirm the result: %1</source>
        <translation>Setup could not confirm the result: %1</translation>
    </message>
    <message>
        <source>The server still runs RMS 1.0, exactly as before the update.</source>
        <translation>The server still runs RMS 1.0, exactly as before the update.</translation>
    </message>
    <message>
        <source>The server still runs RMS with SP1, exactly as before.</source>
        <translation>The server still runs RMS with SP1, exactly as before.</translation>
    </message>
    <message>
        <source>RMS is still not installed on this server.</source>
        <translation>RMS is still not installed on this server.</translation>
    </message>
    <message>
        <source>The server keeps working as before: it needs no new provisioning and no extra configuration. SP1 and 1.0 servers work together, so you can update the other servers of the cluster one by one.</source>
        <translation>The server keeps working as before: it needs no new provisioning and no extra configuration. SP1 and 1.0 servers work together, so you can update the other servers of the cluster one by one.</translation>
    </message>
    <message>
        <source>Next, provision the server from the RMS administration site.</source>
        <translation>Next, provision the server from the RMS administration site.</translation>
    </message>
    <message>
        <source>Completing the Setup Wizard</source>
        <translation>Completing the Setup Wizard</translation>
    </message>
    <message>
        <source>Setup log:</source>
        <translation>Setup log:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>&amp;Start Setup again</source>
        <translation>&amp;Start Setup again</translation>
    </message>
    <message>
        <source>Start Setup again</source>
        <translation>Start Setup again</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <source>(no log written)</source>
        <translation>(no log written)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>No more hints on this page.</source>
        <translation>No more hints on this page.</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Hint %1: %2</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>&amp;Get a hint</source>
        <translation>&amp;Get a hint</translation>
    </message>
    <message>
        <source>Get a hint</source>
        <translation>Get a hint</translation>
    </message>
    <message>
        <source>Show the next hint for this page&apos;s goal</source>
        <translation>Show the next hint for this page&apos;s goal</translation>
    </message>
</context>
<context>
    <name>InteropPage</name>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>During the rollout</source>
        <translation>During the rollout</translation>
    </message>
    <message>
        <source>After the rollout</source>
        <translation>After the rollout</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>After the update</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) at RMS 1.0</source>
        <translation>
            <numerusform>%n server at RMS 1.0</numerusform>
            <numerusform>%n servers at RMS 1.0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) at SP1</source>
        <translation>
            <numerusform>%n server at SP1</numerusform>
            <numerusform>%n servers at SP1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) with RMS client 1.0</source>
        <translation>
            <numerusform>%n computer with RMS client 1.0</numerusform>
            <numerusform>%n computers with RMS client 1.0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) with the SP1 client</source>
        <translation>
            <numerusform>%n computer with the SP1 client</numerusform>
            <numerusform>%n computers with the SP1 client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) without an RMS client</source>
        <translation>
            <numerusform>%n computer without an RMS client</numerusform>
            <numerusform>%n computers without an RMS client</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1. Clients: %2.</source>
        <translation>Now: %1. Clients: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No computer runs an RMS client yet, so the matrix has no column for this deployment. The SP1 package can install the SP1 client on them.</source>
        <translation>No computer runs an RMS client yet, so the matrix has no column for this deployment. The SP1 package can install the SP1 client on them.</translation>
    </message>
    <message>
        <source>During the rollout, 1.0 and SP1 servers work side by side; each offers what its version supports.</source>
        <translation>During the rollout, 1.0 and SP1 servers work side by side; each offers what its version supports.</translation>
    </message>
    <message>
        <source>Updating the servers changes none of these features.</source>
        <translation>Updating the servers changes none of these features.</translation>
    </message>
    <message>
        <source>What the update changes:</source>
        <translation>What the update changes:</translation>
    </message>
    <message>
        <source>• %1: %2 → %3. %4</source>
        <translation>• %1: %2 → %3. %4</translation>
    </message>
    <message>
        <source>RMS 1.0 and SP1 together</source>
        <translation>RMS 1.0 and SP1 together</translation>
    </message>
    <message>
        <source>What this deployment supports now, during the update and afterwards.</source>
        <translation>What this deployment supports now, during the update and afterwards.</translation>
    </message>
    <message>
        <source>SP1 and 1.0 servers coexist and work together, but only SP1 servers support offline enrollment and only SP1 clients are self-activating. What a deployment offers depends on its servers and on the mix of its clients.</source>
        <translation>SP1 and 1.0 servers coexist and work together, but only SP1 servers support offline enrollment and only SP1 clients are self-activating. What a deployment offers depends on its servers and on the mix of its clients.</translation>
    </message>
    <message>
        <source>Interoperability of RMS 1.0 and SP1</source>
        <translation>Interoperability of RMS 1.0 and SP1</translation>
    </message>
    <message>
        <source>Highlighted: what differs from now. Select a row (arrow keys) or point at a feature for its explanation.</source>
        <translation>Highlighted: what differs from now. Select a row (arrow keys) or point at a feature for its explanation.</translation>
    </message>
</context>
<context>
    <name>InteropTable</name>
    <message>
        <source>1.0 servers: %1
SP1 servers: %2</source>
        <translation>1.0 servers: %1
SP1 servers: %2</translation>
    </message>
    <message>
        <source>Highlighted: differs from “%1”.</source>
        <translation>Highlighted: differs from “%1”.</translation>
    </message>
</context>
<context>
    <name>KeepCard</name>
    <message>
        <source>&amp;Keep the SP1 configuration database</source>
        <translation>&amp;Keep the SP1 configuration database</translation>
    </message>
    <message>
        <source>Keep the SP1 configuration database</source>
        <translation>Keep the SP1 configuration database</translation>
    </message>
    <message>
        <source>The database stays as it is now. RMS 1.0 ignores the fields SP1 added and does not use them, so the server keeps working. Choose this when there is no backup from before SP1, or when the data changed since.</source>
        <translation>The database stays as it is now. RMS 1.0 ignores the fields SP1 added and does not use them, so the server keeps working. Choose this when there is no backup from before SP1, or when the data changed since.</translation>
    </message>
</context>
<context>
    <name>KeyringNames</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>the desktop&apos;s keyring (Secret Service)</source>
        <translation>the desktop&apos;s keyring (Secret Service)</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>No system keyring is available.</translation>
    </message>
    <message>
        <source>The keyring is switched off.</source>
        <translation>The keyring is switched off.</translation>
    </message>
    <message>
        <source>This keyring keeps passwords in a file without encryption.</source>
        <translation>This keyring keeps passwords in a file without encryption.</translation>
    </message>
    <message>
        <source>This keyring is not one known to encrypt passwords (Secret Service, Windows Credential Manager, macOS Keychain, KDE Wallet), so it is not used.</source>
        <translation>This keyring is not one known to encrypt passwords (Secret Service, Windows Credential Manager, macOS Keychain, KDE Wallet), so it is not used.</translation>
    </message>
    <message>
        <source>None of the keyrings on this computer is secure.</source>
        <translation>None of the keyrings on this computer is secure.</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <source>Recovering</source>
        <translation>Recovering</translation>
    </message>
    <message>
        <source>Setup is bringing the server back to a known state. This cannot be interrupted; it takes only a moment.</source>
        <translation>Setup is bringing the server back to a known state. This cannot be interrupted; it takes only a moment.</translation>
    </message>
    <message>
        <source>Exit Setup</source>
        <translation>Exit Setup</translation>
    </message>
    <message>
        <source>Setup is not complete. If you exit now, the server is not updated; what Setup has done so far (a checked password, a backup) stays as it is. You can run Setup again at another time to complete it.

Exit Setup?</source>
        <translation>Setup is not complete. If you exit now, the server is not updated; what Setup has done so far (a checked password, a backup) stays as it is. You can run Setup again at another time to complete it.

Exit Setup?</translation>
    </message>
    <message>
        <source>Cancel Setup</source>
        <translation>Cancel Setup</translation>
    </message>
    <message>
        <source>Setup is changing the server. If you cancel now, every change made so far is rolled back and the server stays as it was.

Cancel and roll back?</source>
        <translation>Setup is changing the server. If you cancel now, every change made so far is rolled back and the server stays as it was.

Cancel and roll back?</translation>
    </message>
    <message>
        <source>Too late to cancel: the update had already completed.</source>
        <translation>Too late to cancel: the update had already completed.</translation>
    </message>
    <message>
        <source>Too late to cancel: the installation had already completed.</source>
        <translation>Too late to cancel: the installation had already completed.</translation>
    </message>
    <message>
        <source>Too late to cancel: SP1 had already been removed.</source>
        <translation>Too late to cancel: SP1 had already been removed.</translation>
    </message>
    <message>
        <source>Too late to cancel: the repair had already completed.</source>
        <translation>Too late to cancel: the repair had already completed.</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Verifying the backup and the password…</source>
        <translation>Verifying the backup and the password…</translation>
    </message>
    <message>
        <source>The backup is verified and the password opens its key.</source>
        <translation>The backup is verified and the password opens its key.</translation>
    </message>
    <message>
        <source>This password does not open the private key in the backup. Try again.</source>
        <translation>This password does not open the private key in the backup. Try again.</translation>
    </message>
    <message>
        <source>Repair Service Pack 1</source>
        <translation>Repair Service Pack 1</translation>
    </message>
    <message>
        <source>Remove Service Pack 1</source>
        <translation>Remove Service Pack 1</translation>
    </message>
    <message>
        <source>SP1 is installed. Setup reinstalls the SP1 files that are missing or damaged.</source>
        <translation>SP1 is installed. Setup reinstalls the SP1 files that are missing or damaged.</translation>
    </message>
    <message>
        <source>SP1 is installed. Setup can remove it and return the server to RMS 1.0.</source>
        <translation>SP1 is installed. Setup can remove it and return the server to RMS 1.0.</translation>
    </message>
    <message>
        <source>&amp;Repair SP1</source>
        <translation>&amp;Repair SP1</translation>
    </message>
    <message>
        <source>Removing SP1 puts the RMS 1.0 files back exactly as they were. Choose what happens to the configuration database:</source>
        <translation>Removing SP1 puts the RMS 1.0 files back exactly as they were. Choose what happens to the configuration database:</translation>
    </message>
    <message>
        <source>Some SP1 files are missing or damaged: SP1 cannot be removed as it is. Repair it first; then it can be removed.</source>
        <translation>Some SP1 files are missing or damaged: SP1 cannot be removed as it is. Repair it first; then it can be removed.</translation>
    </message>
    <message>
        <source>SP1 was installed fresh on this server: removing it removes RMS. The databases and the private key are kept.</source>
        <translation>SP1 was installed fresh on this server: removing it removes RMS. The databases and the private key are kept.</translation>
    </message>
</context>
<context>
    <name>Motion</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>OsUpdatesStep</name>
    <message>
        <source>Updates are missing</source>
        <translation>Updates are missing</translation>
    </message>
    <message numerus="yes">
        <source>%n critical or security update(s) of Windows are not installed yet: %1.

Install them before you update RMS. Continue without them anyway?</source>
        <translation>
            <numerusform>%n critical or security update of Windows are not installed yet: %1.

Install them before you update RMS. Continue without them anyway?</numerusform>
            <numerusform>%n critical or security updates of Windows are not installed yet: %1.

Install them before you update RMS. Continue without them anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing the missing updates…</source>
        <translation>Installing the missing updates…</translation>
    </message>
    <message>
        <source>Install them first: Install the missing updates plays Windows Update here.</source>
        <translation>Install them first: Install the missing updates plays Windows Update here.</translation>
    </message>
    <message>
        <source>Install them first with Windows Update, on the servers and the clients.</source>
        <translation>Install them first with Windows Update, on the servers and the clients.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) still pending: </source>
        <translation>
            <numerusform>%n update still pending: </numerusform>
            <numerusform>%n updates still pending: </numerusform>
        </translation>
    </message>
    <message>
        <source>All critical and security updates are installed.</source>
        <translation>All critical and security updates are installed.</translation>
    </message>
    <message>
        <source>Install the latest critical and security updates of Windows</source>
        <translation>Install the latest critical and security updates of Windows</translation>
    </message>
    <message>
        <source>Install the &amp;missing updates</source>
        <translation>Install the &amp;missing updates</translation>
    </message>
    <message>
        <source>Install the missing updates</source>
        <translation>Install the missing updates</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>H&amp;ide</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Checking the password against the private key…</source>
        <translation>Checking the password against the private key…</translation>
    </message>
    <message>
        <source>The password opens the private key.</source>
        <translation>The password opens the private key.</translation>
    </message>
    <message>
        <source>This password does not open the private key of this server. Check it (it is case-sensitive) and try again.</source>
        <translation>This password does not open the private key of this server. Check it (it is case-sensitive) and try again.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keyring</source>
        <translation>&amp;Remember the password in the keyring</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keyring (%1)</source>
        <translation>&amp;Remember the password in the keyring (%1)</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Remember the password in the keyring</translation>
    </message>
    <message>
        <source>The password will not be stored: %1 You can continue without storing it.</source>
        <translation>The password will not be stored: %1 You can continue without storing it.</translation>
    </message>
    <message>
        <source>A password for %1 is stored in the keyring (%2).</source>
        <translation>A password for %1 is stored in the keyring (%2).</translation>
    </message>
    <message>
        <source>A password for %1 is stored in the keyring.</source>
        <translation>A password for %1 is stored in the keyring.</translation>
    </message>
    <message>
        <source>Private-key password</source>
        <translation>Private-key password</translation>
    </message>
    <message>
        <source>Setup checks that you have the password of the server&apos;s private key.</source>
        <translation>Setup checks that you have the password of the server&apos;s private key.</translation>
    </message>
    <message>
        <source>The RMS server&apos;s private key is protected by a password. You need it to restore the key from a backup, so Setup makes sure you have it before anything changes: the password is checked against the key itself.</source>
        <translation>The RMS server&apos;s private key is protected by a password. You need it to restore the key from a backup, so Setup makes sure you have it before anything changes: the password is checked against the key itself.</translation>
    </message>
    <message>
        <source>&amp;Password of the private key:</source>
        <translation>&amp;Password of the private key:</translation>
    </message>
    <message>
        <source>Password of the private key</source>
        <translation>Password of the private key</translation>
    </message>
    <message>
        <source>&amp;Use the stored password</source>
        <translation>&amp;Use the stored password</translation>
    </message>
    <message>
        <source>Use the stored password</source>
        <translation>Use the stored password</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Installed version</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>The file&apos;s path in the install folder</source>
        <translation>The file&apos;s path in the install folder</translation>
    </message>
    <message>
        <source>The part of RMS the file belongs to</source>
        <translation>The part of RMS the file belongs to</translation>
    </message>
    <message>
        <source>What Setup does with the file</source>
        <translation>What Setup does with the file</translation>
    </message>
    <message>
        <source>The file&apos;s version on the server now</source>
        <translation>The file&apos;s version on the server now</translation>
    </message>
    <message>
        <source>The version SP1 installs</source>
        <translation>The version SP1 installs</translation>
    </message>
    <message>
        <source>Why Setup does this with the file</source>
        <translation>Why Setup does this with the file</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>not on the server</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>no version</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Choose the folder for the backup</translation>
    </message>
    <message>
        <source>Choose a folder for the backup first.</source>
        <translation>Choose a folder for the backup first.</translation>
    </message>
    <message>
        <source>Choose an existing backup folder</source>
        <translation>Choose an existing backup folder</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <source>The backup is made and verified.</source>
        <translation>The backup is made and verified.</translation>
    </message>
    <message>
        <source>The backup is verified.</source>
        <translation>The backup is verified.</translation>
    </message>
    <message>
        <source>Verified backup in %1</source>
        <translation>Verified backup in %1</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <source>Not needed: past statistics will not be kept.</source>
        <translation>Not needed: past statistics will not be kept.</translation>
    </message>
    <message>
        <source>In the backup; its entries are copied back after the update.</source>
        <translation>In the backup; its entries are copied back after the update.</translation>
    </message>
    <message>
        <source>This backup has no logging database. Make the backup again, or clear the check box.</source>
        <translation>This backup has no logging database. Make the backup again, or clear the check box.</translation>
    </message>
    <message>
        <source>Will be included in the backup.</source>
        <translation>Will be included in the backup.</translation>
    </message>
    <message>
        <source>Checked: the password opens the private key.</source>
        <translation>Checked: the password opens the private key.</translation>
    </message>
    <message>
        <source>It is stored in the keyring.</source>
        <translation>It is stored in the keyring.</translation>
    </message>
    <message>
        <source>Not stored in the keyring: %1</source>
        <translation>Not stored in the keyring: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Make sure the server can be brought back: Next is enabled once a verified backup exists.</source>
        <translation>Make sure the server can be brought back: Next is enabled once a verified backup exists.</translation>
    </message>
    <message>
        <source>Back up the configuration database and the private key</source>
        <translation>Back up the configuration database and the private key</translation>
    </message>
    <message>
        <source>Required. Choose a folder for the backup and make it; Setup then verifies it. If you already have a backup, use it instead: it is verified the same way.</source>
        <translation>Required. Choose a folder for the backup and make it; Setup then verifies it. If you already have a backup, use it instead: it is verified the same way.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Use an &amp;existing backup…</source>
        <translation>Use an &amp;existing backup…</translation>
    </message>
    <message>
        <source>Use an existing backup</source>
        <translation>Use an existing backup</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Back up the logging database (optional)</source>
        <translation>Back up the logging database (optional)</translation>
    </message>
    <message>
        <source>Only needed to keep the statistics RMS logged so far: SP1 creates the logging database anew, so its past entries are lost unless they are backed up.</source>
        <translation>Only needed to keep the statistics RMS logged so far: SP1 creates the logging database anew, so its past entries are lost unless they are backed up.</translation>
    </message>
    <message>
        <source>&amp;Keep past statistics (include the logging database)</source>
        <translation>&amp;Keep past statistics (include the logging database)</translation>
    </message>
    <message>
        <source>Have the password of the private key</source>
        <translation>Have the password of the private key</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
</context>
<context>
    <name>ProgressVoice</name>
    <message>
        <source>%1 percent done</source>
        <translation>%1 percent done</translation>
    </message>
</context>
<context>
    <name>QtGaps</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message numerus="yes">
        <source>RMS is not installed on this server: Setup installs RMS with SP1, %n file(s).</source>
        <translation>
            <numerusform>RMS is not installed on this server: Setup installs RMS with SP1, %n file.</numerusform>
            <numerusform>RMS is not installed on this server: Setup installs RMS with SP1, %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setup changes only what SP1 needs: %n file(s) are added or replaced; every other file stays as it is.</source>
        <translation>
            <numerusform>Setup changes only what SP1 needs: %n file are added or replaced; every other file stays as it is.</numerusform>
            <numerusform>Setup changes only what SP1 needs: %n files are added or replaced; every other file stays as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add: %1   Replace: %2   Keep: %3   Keep (changed by you): %4</source>
        <translation>Add: %1   Replace: %2   Keep: %3   Keep (changed by you): %4</translation>
    </message>
    <message numerus="yes">
        <source>You (or a colleague) changed %n file(s) since RMS 1.0 installed them. Setup keeps your changes; review these files after the update: </source>
        <translation>
            <numerusform>You (or a colleague) changed %n file since RMS 1.0 installed them. Setup keeps your changes; review these files after the update: </numerusform>
            <numerusform>You (or a colleague) changed %n files since RMS 1.0 installed them. Setup keeps your changes; review these files after the update: </numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration database: SP1 adds %1. RMS keeps its data; a 1.0 server would ignore these fields.</source>
        <translation>Configuration database: SP1 adds %1. RMS keeps its data; a 1.0 server would ignore these fields.</translation>
    </message>
    <message>
        <source>Logging database: recreated with the SP1 schema; the past entries are copied back from the backup.</source>
        <translation>Logging database: recreated with the SP1 schema; the past entries are copied back from the backup.</translation>
    </message>
    <message>
        <source>Logging database: recreated with the SP1 schema; past statistics are not kept.</source>
        <translation>Logging database: recreated with the SP1 schema; past statistics are not kept.</translation>
    </message>
    <message>
        <source>Choose where Setup installs RMS, check what it will install, then click Install.</source>
        <translation>Choose where Setup installs RMS, check what it will install, then click Install.</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>Ready to install</translation>
    </message>
    <message>
        <source>Check what Setup will do, then click Install. After this you cannot go back.</source>
        <translation>Check what Setup will do, then click Install. After this you cannot go back.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Install</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Show files</translation>
    </message>
    <message>
        <source>Files SP1 installs</source>
        <translation>Files SP1 installs</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>an update to SP1</source>
        <translation>an update to SP1</translation>
    </message>
    <message>
        <source>a removal of SP1</source>
        <translation>a removal of SP1</translation>
    </message>
    <message>
        <source>a recovery</source>
        <translation>a recovery</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>a change</translation>
    </message>
    <message>
        <source>Recover an interrupted run</source>
        <translation>Recover an interrupted run</translation>
    </message>
    <message>
        <source>Setup brings the server back to a known state.</source>
        <translation>Setup brings the server back to a known state.</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Roll back</translation>
    </message>
    <message>
        <source>Setup found %1 that did not finish.</source>
        <translation>Setup found %1 that did not finish.</translation>
    </message>
    <message numerus="yes">
        <source>It had changed %n file(s) before it stopped, out of %1.</source>
        <translation>
            <numerusform>It had changed %n file before it stopped, out of %1.</numerusform>
            <numerusform>It had changed %n files before it stopped, out of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It left a journal of every step, so it knows exactly what to undo or finish.</source>
        <translation>It left a journal of every step, so it knows exactly what to undo or finish.</translation>
    </message>
    <message>
        <source>Setup found a lock left by %1 that did not finish, but no journal.</source>
        <translation>Setup found a lock left by %1 that did not finish, but no journal.</translation>
    </message>
    <message>
        <source>The run had already reached its commit point (the new version was recorded), so Setup completes it: the remaining steps are finished.</source>
        <translation>The run had already reached its commit point (the new version was recorded), so Setup completes it: the remaining steps are finished.</translation>
    </message>
    <message>
        <source>Rolling back is no longer the safe way: the change was already recorded as done.</source>
        <translation>Rolling back is no longer the safe way: the change was already recorded as done.</translation>
    </message>
    <message>
        <source>The run stopped before its commit point, so Setup rolls it back: every file goes back to exactly what it was before.</source>
        <translation>The run stopped before its commit point, so Setup rolls it back: every file goes back to exactly what it was before.</translation>
    </message>
    <message>
        <source>Completing is not offered: a run is only finished once it has been recorded as done. After the roll-back you can start the update again.</source>
        <translation>Completing is not offered: a run is only finished once it has been recorded as done. After the roll-back you can start the update again.</translation>
    </message>
    <message>
        <source>Another Setup run is still working on this install. Wait for it to finish, then start Setup again.</source>
        <translation>Another Setup run is still working on this install. Wait for it to finish, then start Setup again.</translation>
    </message>
</context>
<context>
    <name>RemoveReadyPage</name>
    <message>
        <source>Remove SP1</source>
        <translation>Remove SP1</translation>
    </message>
    <message>
        <source>The rollback store of this SP1 install is missing: Setup cannot put the RMS 1.0 files back. Go back and choose Cancel.</source>
        <translation>The rollback store of this SP1 install is missing: Setup cannot put the RMS 1.0 files back. Go back and choose Cancel.</translation>
    </message>
    <message numerus="yes">
        <source>SP1 was installed fresh: Setup removes its %n file(s), and RMS with them.</source>
        <translation>
            <numerusform>SP1 was installed fresh: Setup removes its %n file, and RMS with them.</numerusform>
            <numerusform>SP1 was installed fresh: Setup removes its %n files, and RMS with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setup puts %n file(s) of RMS 1.0 back exactly as they were.</source>
        <translation>
            <numerusform>Setup puts %n file of RMS 1.0 back exactly as they were.</numerusform>
            <numerusform>Setup puts %n files of RMS 1.0 back exactly as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It removes %n file(s) that SP1 added.</source>
        <translation>
            <numerusform>It removes %n file that SP1 added.</numerusform>
            <numerusform>It removes %n files that SP1 added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back the RMS 1.0 original</source>
        <translation>Put back the RMS 1.0 original</translation>
    </message>
    <message>
        <source>Remove (added by SP1)</source>
        <translation>Remove (added by SP1)</translation>
    </message>
    <message>
        <source>Configuration database: restored from the backup made before SP1 (%1).</source>
        <translation>Configuration database: restored from the backup made before SP1 (%1).</translation>
    </message>
    <message>
        <source>Configuration database: the SP1 database is kept; RMS 1.0 ignores the fields SP1 added.</source>
        <translation>Configuration database: the SP1 database is kept; RMS 1.0 ignores the fields SP1 added.</translation>
    </message>
    <message>
        <source>Logging database: put back as it was before SP1.</source>
        <translation>Logging database: put back as it was before SP1.</translation>
    </message>
    <message>
        <source>Ready to remove SP1</source>
        <translation>Ready to remove SP1</translation>
    </message>
    <message>
        <source>Check what Setup will do, then click Remove SP1. After this you cannot go back.</source>
        <translation>Check what Setup will do, then click Remove SP1. After this you cannot go back.</translation>
    </message>
    <message>
        <source>&amp;Remove SP1</source>
        <translation>&amp;Remove SP1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What Setup does</source>
        <translation>What Setup does</translation>
    </message>
    <message>
        <source>Files the removal changes</source>
        <translation>Files the removal changes</translation>
    </message>
</context>
<context>
    <name>RepairPanel</name>
    <message>
        <source>Checking SP1&apos;s files…</source>
        <translation>Checking SP1&apos;s files…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of SP1 are missing or damaged: the repair reinstalls them from SP1. Nothing else changes; Cancel during the repair rolls it back.</source>
        <translation>
            <numerusform>%n file of SP1 are missing or damaged: the repair reinstalls them from SP1. Nothing else changes; Cancel during the repair rolls it back.</numerusform>
            <numerusform>%n files of SP1 are missing or damaged: the repair reinstalls them from SP1. Nothing else changes; Cancel during the repair rolls it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to repair: every SP1 file is in place and undamaged.</source>
        <translation>Nothing to repair: every SP1 file is in place and undamaged.</translation>
    </message>
    <message>
        <source>Missing: put back</source>
        <translation>Missing: put back</translation>
    </message>
    <message>
        <source>Damaged: reinstalled</source>
        <translation>Damaged: reinstalled</translation>
    </message>
    <message>
        <source>Changed on this server and kept as they are: %1</source>
        <translation>Changed on this server and kept as they are: %1</translation>
    </message>
    <message>
        <source>Reinstall mode (REINSTALLMODE): %1, as Windows Installer repairs: missing files, older and equal versions, damaged files, and SP1&apos;s registry values.</source>
        <translation>Reinstall mode (REINSTALLMODE): %1, as Windows Installer repairs: missing files, older and equal versions, damaged files, and SP1&apos;s registry values.</translation>
    </message>
    <message>
        <source>R&amp;epair SP1 instead: reinstall its missing or damaged files</source>
        <translation>R&amp;epair SP1 instead: reinstall its missing or damaged files</translation>
    </message>
    <message>
        <source>Repair SP1 instead: reinstall its missing or damaged files</source>
        <translation>Repair SP1 instead: reinstall its missing or damaged files</translation>
    </message>
    <message>
        <source>SP1 stays installed. Setup checks every SP1 file against SP1&apos;s own and reinstalls the ones that are missing or damaged; files you changed yourself are kept. The configuration database is not touched.</source>
        <translation>SP1 stays installed. Setup checks every SP1 file against SP1&apos;s own and reinstalls the ones that are missing or damaged; files you changed yourself are kept. The configuration database is not touched.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What the repair does</source>
        <translation>What the repair does</translation>
    </message>
    <message>
        <source>Files the repair reinstalls</source>
        <translation>Files the repair reinstalls</translation>
    </message>
</context>
<context>
    <name>RepairTexts</name>
    <message>
        <source>SP1 is repaired.</source>
        <translation>SP1 is repaired.</translation>
    </message>
    <message>
        <source>Nothing needed repairing: every SP1 file is in place.</source>
        <translation>Nothing needed repairing: every SP1 file is in place.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of SP1 reinstalled:</source>
        <translation>
            <numerusform>%n file of SP1 reinstalled:</numerusform>
            <numerusform>%n files of SP1 reinstalled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reinstall mode (REINSTALLMODE): %1</source>
        <translation>Reinstall mode (REINSTALLMODE): %1</translation>
    </message>
    <message>
        <source>The SP1 files are exactly as they were before the repair.</source>
        <translation>The SP1 files are exactly as they were before the repair.</translation>
    </message>
</context>
<context>
    <name>RestoreCard</name>
    <message>
        <source>Choose the backup made before SP1</source>
        <translation>Choose the backup made before SP1</translation>
    </message>
    <message>
        <source>Res&amp;tore the backup made before SP1</source>
        <translation>Res&amp;tore the backup made before SP1</translation>
    </message>
    <message>
        <source>Restore the backup made before SP1</source>
        <translation>Restore the backup made before SP1</translation>
    </message>
    <message>
        <source>Undoes every SP1 change completely, including the fields SP1 added to the configuration database. Changes made to the database since SP1 was installed are lost. Needs the backup and the password of its private key.</source>
        <translation>Undoes every SP1 change completely, including the fields SP1 added to the configuration database. Changes made to the database since SP1 was installed are lost. Needs the backup and the password of its private key.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>&amp;Password of the private key:</source>
        <translation>&amp;Password of the private key:</translation>
    </message>
    <message>
        <source>Password of the private key</source>
        <translation>Password of the private key</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>Sandbox: %1. Practice only; no real server is changed.</source>
        <translation>Sandbox: %1. Practice only; no real server is changed.</translation>
    </message>
    <message>
        <source>Sandbox: practice only; no real server is changed.</source>
        <translation>Sandbox: practice only; no real server is changed.</translation>
    </message>
    <message>
        <source>Sandbox bar</source>
        <translation>Sandbox bar</translation>
    </message>
    <message>
        <source>Reset scen&amp;ario</source>
        <translation>Reset scen&amp;ario</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Reset scenario</translation>
    </message>
    <message>
        <source>Start this scenario again from a fresh copy of the sandbox</source>
        <translation>Start this scenario again from a fresh copy of the sandbox</translation>
    </message>
</context>
<context>
    <name>SaveAnswers</name>
    <message>
        <source>Save answers</source>
        <translation>Save answers</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Answer files (*.json)</translation>
    </message>
    <message>
        <source>The answers were saved to %1</source>
        <translation>The answers were saved to %1</translation>
    </message>
    <message>
        <source>Save ans&amp;wers…</source>
        <translation>Save ans&amp;wers…</translation>
    </message>
    <message>
        <source>Save these choices in a file, to run the same update or removal elsewhere</source>
        <translation>Save these choices in a file, to run the same update or removal elsewhere</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Choose a training scenario</source>
        <translation>Choose a training scenario</translation>
    </message>
    <message>
        <source>Sandbox mode: pick the situation to practise. Nothing outside the sandbox folder is changed.</source>
        <translation>Sandbox mode: pick the situation to practise. Nothing outside the sandbox folder is changed.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Learning goals</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Training scenarios</translation>
    </message>
    <message>
        <source>Level: %1 · about %2</source>
        <translation>Level: %1 · about %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (trainer)</source>
        <translation>%1 (trainer)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setup could not start. The details are in the log %1</source>
        <translation>Setup could not start. The details are in the log %1</translation>
    </message>
    <message>
        <source>Windows RMS Service Pack 1 Setup</source>
        <translation>Windows RMS Service Pack 1 Setup</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>You are handed:</source>
        <translation>You are handed:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Your assignment</source>
        <translation>Your assignment</translation>
    </message>
    <message>
        <source>Setup must run as an administrator to change this server. Close it and start it again with “Run as administrator”.</source>
        <translation>Setup must run as an administrator to change this server. Close it and start it again with “Run as administrator”.</translation>
    </message>
    <message>
        <source>Setup may not change this install: you have no write access to %1. Start Setup as a user who may change these folders.</source>
        <translation>Setup may not change this install: you have no write access to %1. Start Setup as a user who may change these folders.</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Reset scenario</translation>
    </message>
    <message>
        <source>The sandbox folder %1 is deleted and replaced by a fresh copy of the scenario; the wizard starts again at the beginning. Deleted with it: the changes to the practice servers, the backups in the sandbox and the steps for the debrief. Debriefs exported to another folder are kept.

Reset the scenario?</source>
        <translation>The sandbox folder %1 is deleted and replaced by a fresh copy of the scenario; the wizard starts again at the beginning. Deleted with it: the changes to the practice servers, the backups in the sandbox and the steps for the debrief. Debriefs exported to another folder are kept.

Reset the scenario?</translation>
    </message>
    <message>
        <source>Setup is still at work in the sandbox. Wait until this step has ended (a rollout stops between servers with Stop), then reset the scenario.</source>
        <translation>Setup is still at work in the sandbox. Wait until this step has ended (a rollout stops between servers with Stop), then reset the scenario.</translation>
    </message>
    <message>
        <source>The sandbox could not be reset: %1</source>
        <translation>The sandbox could not be reset: %1</translation>
    </message>
</context>
<context>
    <name>TraineeName</name>
    <message>
        <source>&amp;Your name (optional):</source>
        <translation>&amp;Your name (optional):</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <source>Shown on the debrief and in the trainer&apos;s class overview</source>
        <translation>Shown on the debrief and in the trainer&apos;s class overview</translation>
    </message>
</context>
<context>
    <name>UpdatingPage</name>
    <message>
        <source>Cancelling: Setup is rolling back every change…</source>
        <translation>Cancelling: Setup is rolling back every change…</translation>
    </message>
    <message>
        <source>Cancel requested; rolling back.</source>
        <translation>Cancel requested; rolling back.</translation>
    </message>
    <message>
        <source>The change had already been committed when Cancel arrived.</source>
        <translation>The change had already been committed when Cancel arrived.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Cancelled: every change was rolled back.</source>
        <translation>Cancelled: every change was rolled back.</translation>
    </message>
    <message>
        <source>The server lost power in the middle of the work (drill).</source>
        <translation>The server lost power in the middle of the work (drill).</translation>
    </message>
    <message>
        <source>Updating RMS to SP1…</source>
        <translation>Updating RMS to SP1…</translation>
    </message>
    <message>
        <source>Installing RMS with SP1…</source>
        <translation>Installing RMS with SP1…</translation>
    </message>
    <message>
        <source>Removing SP1…</source>
        <translation>Removing SP1…</translation>
    </message>
    <message>
        <source>Recovering the interrupted run…</source>
        <translation>Recovering the interrupted run…</translation>
    </message>
    <message>
        <source>Repairing SP1…</source>
        <translation>Repairing SP1…</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Updating</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installing</translation>
    </message>
    <message>
        <source>Removing SP1</source>
        <translation>Removing SP1</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Recovering</translation>
    </message>
    <message>
        <source>Repairing SP1</source>
        <translation>Repairing SP1</translation>
    </message>
    <message>
        <source>Please wait. RMS keeps running. Cancel stops the work and rolls every change back.</source>
        <translation>Please wait. RMS keeps running. Cancel stops the work and rolls every change back.</translation>
    </message>
    <message>
        <source>&amp;Progress log:</source>
        <translation>&amp;Progress log:</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Progress log</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>The answers were saved to %1</source>
        <translation>The answers were saved to %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to the Windows RMS Service Pack 1 Setup Wizard</source>
        <translation>Welcome to the Windows RMS Service Pack 1 Setup Wizard</translation>
    </message>
    <message>
        <source>This wizard updates a Windows Rights Management Services (RMS) 1.0 server to Service Pack 1. RMS keeps running: Setup only adds new files and replaces the files SP1 needs, and a working server needs no new provisioning afterwards.

Before anything changes, the wizard helps you back up the configuration database and the private key. It can also install SP1 on a server without RMS, remove SP1 again, and finish or undo an update that was interrupted.</source>
        <translation>This wizard updates a Windows Rights Management Services (RMS) 1.0 server to Service Pack 1. RMS keeps running: Setup only adds new files and replaces the files SP1 needs, and a working server needs no new provisioning afterwards.

Before anything changes, the wizard helps you back up the configuration database and the private key. It can also install SP1 on a server without RMS, remove SP1 again, and finish or undo an update that was interrupted.</translation>
    </message>
    <message>
        <source>Mode: sandbox training, scenario “%1”. The wizard works on a practice copy in %2; no real server is changed.</source>
        <translation>Mode: sandbox training, scenario “%1”. The wizard works on a practice copy in %2; no real server is changed.</translation>
    </message>
    <message>
        <source>Install: the server folder %1.</source>
        <translation>Install: the server folder %1.</translation>
    </message>
    <message>
        <source>No RMS server install was found on this computer. Start the wizard with --root FOLDER to work on a server folder, or with --sandbox to practise on a training copy.</source>
        <translation>No RMS server install was found on this computer. Start the wizard with --root FOLDER to work on a server folder, or with --sandbox to practise on a training copy.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Your assignment</source>
        <translation>Your assignment</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>You are handed:</source>
        <translation>You are handed:</translation>
    </message>
    <message>
        <source>Click Next to continue.</source>
        <translation>Click Next to continue.</translation>
    </message>
    <message>
        <source>Preparing the practice copy…</source>
        <translation>Preparing the practice copy…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancelled; every change was rolled back.</source>
        <translation>Cancelled; every change was rolled back.</translation>
    </message>
    <message>
        <source>The operation did not finish.</source>
        <translation>The operation did not finish.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this step, and no log could be written.</source>
        <translation>An unexpected problem stopped this step, and no log could be written.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this step. The details are in the log %1</source>
        <translation>An unexpected problem stopped this step. The details are in the log %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>The report could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>rms-wizard: usage error: %1</source>
        <translation>rms-wizard: usage error: %1</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin or --password-from-keyring.</source>
        <translation>Give the password with --password-stdin or --password-from-keyring.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>No password for server %1 is stored in the keyring (%2).</source>
        <translation>No password for server %1 is stored in the keyring (%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Install state: %1</source>
        <translation>Install state: %1</translation>
    </message>
    <message>
        <source>RMS version: %1</source>
        <translation>RMS version: %1</translation>
    </message>
    <message>
        <source>Server: %1 (%2), cluster %3, forest %4</source>
        <translation>Server: %1 (%2), cluster %3, forest %4</translation>
    </message>
    <message>
        <source>Components (installed, version):</source>
        <translation>Components (installed, version):</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <source>Add: %1, replace: %2, keep: %3, keep (modified): %4</source>
        <translation>Add: %1, replace: %2, keep: %3, keep (modified): %4</translation>
    </message>
    <message>
        <source>The configuration database gets the SP1 fields.</source>
        <translation>The configuration database gets the SP1 fields.</translation>
    </message>
    <message>
        <source>Backup written and verified in %1</source>
        <translation>Backup written and verified in %1</translation>
    </message>
    <message>
        <source>SP1 is installed: %1 files written. No re-provisioning or extra configuration is needed.</source>
        <translation>SP1 is installed: %1 files written. No re-provisioning or extra configuration is needed.</translation>
    </message>
    <message>
        <source>SP1 is removed: %1 files restored, %2 removed.</source>
        <translation>SP1 is removed: %1 files restored, %2 removed.</translation>
    </message>
    <message>
        <source>The interrupted run was rolled back.</source>
        <translation>The interrupted run was rolled back.</translation>
    </message>
    <message>
        <source>The interrupted run was completed.</source>
        <translation>The interrupted run was completed.</translation>
    </message>
    <message>
        <source>Nothing to recover.</source>
        <translation>Nothing to recover.</translation>
    </message>
    <message>
        <source>The install is exactly RMS %1.</source>
        <translation>The install is exactly RMS %1.</translation>
    </message>
    <message>
        <source>  changed by an admin (kept): %1</source>
        <translation>  changed by an admin (kept): %1</translation>
    </message>
    <message>
        <source>The install is not in a known state:</source>
        <translation>The install is not in a known state:</translation>
    </message>
    <message>
        <source>Scenario %1 is ready in %2</source>
        <translation>Scenario %1 is ready in %2</translation>
    </message>
    <message>
        <source>Update a Windows RMS 1.0 server to SP1, and back. Without a command, the wizard opens.</source>
        <translation>Update a Windows RMS 1.0 server to SP1, and back. Without a command, the wizard opens.</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>also write the verbose setup log to FILE</source>
        <translation>also write the verbose setup log to FILE</translation>
    </message>
    <message>
        <source>write an HTML report of the run to FILE</source>
        <translation>write an HTML report of the run to FILE</translation>
    </message>
    <message>
        <source>open the wizard in sandbox mode on a fresh copy of SCENARIO</source>
        <translation>open the wizard in sandbox mode on a fresh copy of SCENARIO</translation>
    </message>
    <message>
        <source>the install folder (mock server root)</source>
        <translation>the install folder (mock server root)</translation>
    </message>
    <message>
        <source>the wizard&apos;s busy bars stand still (also RMS_WIZARD_REDUCE_MOTION=1)</source>
        <translation>the wizard&apos;s busy bars stand still (also RMS_WIZARD_REDUCE_MOTION=1)</translation>
    </message>
    <message>
        <source>read the private-key password from standard input</source>
        <translation>read the private-key password from standard input</translation>
    </message>
    <message>
        <source>take the private-key password from the keyring</source>
        <translation>take the private-key password from the keyring</translation>
    </message>
    <message>
        <source>show what is installed</source>
        <translation>show what is installed</translation>
    </message>
    <message>
        <source>show what the SP1 update would do, file by file</source>
        <translation>show what the SP1 update would do, file by file</translation>
    </message>
    <message>
        <source>back up the configuration database and the private key</source>
        <translation>back up the configuration database and the private key</translation>
    </message>
    <message>
        <source>apply SP1 (needs a verified backup)</source>
        <translation>apply SP1 (needs a verified backup)</translation>
    </message>
    <message>
        <source>a fresh install&apos;s destination folder (a Windows path)</source>
        <translation>a fresh install&apos;s destination folder (a Windows path)</translation>
    </message>
    <message>
        <source>bring past statistics from the backed-up logging database back</source>
        <translation>bring past statistics from the backed-up logging database back</translation>
    </message>
    <message>
        <source>remove SP1 and restore the previous state</source>
        <translation>remove SP1 and restore the previous state</translation>
    </message>
    <message>
        <source>roll back or complete an interrupted run</source>
        <translation>roll back or complete an interrupted run</translation>
    </message>
    <message>
        <source>check that the install is exactly a known state</source>
        <translation>check that the install is exactly a known state</translation>
    </message>
    <message>
        <source>list the sandbox training scenarios</source>
        <translation>list the sandbox training scenarios</translation>
    </message>
    <message>
        <source>create or reset a sandbox</source>
        <translation>create or reset a sandbox</translation>
    </message>
    <message>
        <source>show the 1.0/SP1 interoperability matrix cell</source>
        <translation>show the 1.0/SP1 interoperability matrix cell</translation>
    </message>
    <message>
        <source>rms-wizard: cancelled; every change was rolled back.</source>
        <translation>rms-wizard: cancelled; every change was rolled back.</translation>
    </message>
    <message>
        <source>rms-wizard: unexpected error; details are in the log %1</source>
        <translation>rms-wizard: unexpected error; details are in the log %1</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>backing up</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>backed up</translation>
    </message>
    <message>
        <source>drained (out of rotation)</source>
        <translation>drained (out of rotation)</translation>
    </message>
    <message>
        <source>applying SP1</source>
        <translation>applying SP1</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verifying</translation>
    </message>
    <message>
        <source>updated to SP1, back in rotation</source>
        <translation>updated to SP1, back in rotation</translation>
    </message>
    <message>
        <source>already SP1, skipped</source>
        <translation>already SP1, skipped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>plan and run a rolling SP1 rollout over clusters</source>
        <translation>plan and run a rolling SP1 rollout over clusters</translation>
    </message>
    <message>
        <source>run the rolling rollout on the nodes of a topology</source>
        <translation>run the rolling rollout on the nodes of a topology</translation>
    </message>
    <message>
        <source>where the cluster and node backups go (or are found)</source>
        <translation>where the cluster and node backups go (or are found)</translation>
    </message>
    <message>
        <source>update at most N nodes of a wave at the same time</source>
        <translation>update at most N nodes of a wave at the same time</translation>
    </message>
    <message>
        <source>take each node&apos;s private-key password from the keyring</source>
        <translation>take each node&apos;s private-key password from the keyring</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>Wave %1: %2</translation>
    </message>
    <message>
        <source>[wave %1] %2 (%3): %4</source>
        <translation>[wave %1] %2 (%3): %4</translation>
    </message>
    <message>
        <source>Backup of cluster %1: %2</source>
        <translation>Backup of cluster %1: %2</translation>
    </message>
    <message>
        <source>The rollout stopped. The deployment runs a mix of 1.0 and SP1 servers, which work together; run the same command again to resume.</source>
        <translation>The rollout stopped. The deployment runs a mix of 1.0 and SP1 servers, which work together; run the same command again to resume.</translation>
    </message>
    <message>
        <source>The rollout was cancelled between nodes; run the same command again to resume.</source>
        <translation>The rollout was cancelled between nodes; run the same command again to resume.</translation>
    </message>
    <message>
        <source>Every node of the deployment runs SP1.</source>
        <translation>Every node of the deployment runs SP1.</translation>
    </message>
    <message>
        <source>rms-wizard: --report is written by apply, uninstall, plan and recover only.</source>
        <translation>rms-wizard: --report is written by apply, uninstall, plan and recover only.</translation>
    </message>
    <message>
        <source>rms-wizard: the report could not be written: %1</source>
        <translation>rms-wizard: the report could not be written: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>a command is needed</source>
        <translation>a command is needed</translation>
    </message>
    <message>
        <source>Windows Installer&apos;s REINSTALLMODE letters: p o e d c a (files), u m s v (default omus)</source>
        <translation>Windows Installer&apos;s REINSTALLMODE letters: p o e d c a (files), u m s v (default omus)</translation>
    </message>
    <message>
        <source>how a file without a version is found changed by you: content (differs from RMS 1.0&apos;s, the default) or dates (modified after created)</source>
        <translation>how a file without a version is found changed by you: content (differs from RMS 1.0&apos;s, the default) or dates (modified after created)</translation>
    </message>
    <message>
        <source>reinstall SP1&apos;s missing or damaged files</source>
        <translation>reinstall SP1&apos;s missing or damaged files</translation>
    </message>
    <message>
        <source>Windows Installer&apos;s REINSTALLMODE letters for the repair (default pecms)</source>
        <translation>Windows Installer&apos;s REINSTALLMODE letters for the repair (default pecms)</translation>
    </message>
    <message>
        <source>only show what the repair would do</source>
        <translation>only show what the repair would do</translation>
    </message>
    <message>
        <source>The repair would reinstall %1 files.</source>
        <translation>The repair would reinstall %1 files.</translation>
    </message>
    <message>
        <source>SP1 is repaired: %1 files reinstalled.</source>
        <translation>SP1 is repaired: %1 files reinstalled.</translation>
    </message>
    <message>
        <source>Nothing to repair: every SP1 file is in place.</source>
        <translation>Nothing to repair: every SP1 file is in place.</translation>
    </message>
    <message>
        <source>check, explain or describe an answer file</source>
        <translation>check, explain or describe an answer file</translation>
    </message>
    <message>
        <source>check an answer file (exit 0 when it is valid)</source>
        <translation>check an answer file (exit 0 when it is valid)</translation>
    </message>
    <message>
        <source>print an example answer file, explained</source>
        <translation>print an example answer file, explained</translation>
    </message>
    <message>
        <source>print the JSON Schema of answer files</source>
        <translation>print the JSON Schema of answer files</translation>
    </message>
    <message>
        <source>do what an answer file recorded, unattended, on one server</source>
        <translation>do what an answer file recorded, unattended, on one server</translation>
    </message>
    <message>
        <source>the server folder (instead of the recorded root)</source>
        <translation>the server folder (instead of the recorded root)</translation>
    </message>
    <message>
        <source>print the plan file by file and change nothing</source>
        <translation>print the plan file by file and change nothing</translation>
    </message>
    <message>
        <source>the wizard writes the choices of this run to FILE</source>
        <translation>the wizard writes the choices of this run to FILE</translation>
    </message>
    <message>
        <source>the wizard starts with the choices recorded in FILE</source>
        <translation>the wizard starts with the choices recorded in FILE</translation>
    </message>
    <message>
        <source>The answer file %1 is valid: %2.</source>
        <translation>The answer file %1 is valid: %2.</translation>
    </message>
    <message>
        <source>update RMS 1.0 to SP1</source>
        <translation>update RMS 1.0 to SP1</translation>
    </message>
    <message>
        <source>remove SP1 and restore the configuration database from the backup</source>
        <translation>remove SP1 and restore the configuration database from the backup</translation>
    </message>
    <message>
        <source>remove SP1 and keep the SP1 configuration database</source>
        <translation>remove SP1 and keep the SP1 configuration database</translation>
    </message>
    <message>
        <source>The answer file records no server folder: give it with --root DIR.</source>
        <translation>The answer file records no server folder: give it with --root DIR.</translation>
    </message>
    <message>
        <source>SP1 is installed: %1 files written.</source>
        <translation>SP1 is installed: %1 files written.</translation>
    </message>
    <message>
        <source>The password was not kept in the keyring: %1</source>
        <translation>The password was not kept in the keyring: %1</translation>
    </message>
    <message>
        <source>put the 1.0 file back</source>
        <translation>put the 1.0 file back</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>Replay on server %1 (%2):</source>
        <translation>Replay on server %1 (%2):</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>1. Back up the configuration database, the private key and the logging database to %1, and verify the backup.</source>
        <translation>1. Back up the configuration database, the private key and the logging database to %1, and verify the backup.</translation>
    </message>
    <message>
        <source>1. Back up the configuration database and the private key to %1, and verify the backup.</source>
        <translation>1. Back up the configuration database and the private key to %1, and verify the backup.</translation>
    </message>
    <message>
        <source>2. Apply SP1, file by file:</source>
        <translation>2. Apply SP1, file by file:</translation>
    </message>
    <message>
        <source>   The past statistics are copied back from the backed-up logging database.</source>
        <translation>   The past statistics are copied back from the backed-up logging database.</translation>
    </message>
    <message>
        <source>3. Check that the install is exactly SP1.</source>
        <translation>3. Check that the install is exactly SP1.</translation>
    </message>
    <message>
        <source>1. Verify the backup in %1 and restore the configuration database from it.</source>
        <translation>1. Verify the backup in %1 and restore the configuration database from it.</translation>
    </message>
    <message>
        <source>1. Keep the SP1 configuration database.</source>
        <translation>1. Keep the SP1 configuration database.</translation>
    </message>
    <message>
        <source>2. Remove SP1, file by file:</source>
        <translation>2. Remove SP1, file by file:</translation>
    </message>
    <message>
        <source>3. Check that the install is exactly RMS 1.0.</source>
        <translation>3. Check that the install is exactly RMS 1.0.</translation>
    </message>
    <message>
        <source>score a sandbox (debrief SANDBOX_DIR), or a class (debrief collect DIR...)</source>
        <translation>score a sandbox (debrief SANDBOX_DIR), or a class (debrief collect DIR...)</translation>
    </message>
    <message>
        <source>also write the debrief (or the overview) as HTML</source>
        <translation>also write the debrief (or the overview) as HTML</translation>
    </message>
    <message>
        <source>collect: write the class overview as CSV</source>
        <translation>collect: write the class overview as CSV</translation>
    </message>
    <message>
        <source>debrief takes one sandbox folder (several only after &apos;collect&apos;).</source>
        <translation>debrief takes one sandbox folder (several only after &apos;collect&apos;).</translation>
    </message>
    <message>
        <source>Scenario %1: %2 of %3 recommendations followed (%4%)</source>
        <translation>Scenario %1: %2 of %3 recommendations followed (%4%)</translation>
    </message>
    <message>
        <source>debrief collect needs a folder.</source>
        <translation>debrief collect needs a folder.</translation>
    </message>
    <message>
        <source>%1 runs found.</source>
        <translation>%1 runs found.</translation>
    </message>
    <message>
        <source>also offer the trainer&apos;s scenarios in DIR</source>
        <translation>also offer the trainer&apos;s scenarios in DIR</translation>
    </message>
    <message>
        <source>draw the scenario&apos;s values (password, names) from seed N: the same N, the same run</source>
        <translation>draw the scenario&apos;s values (password, names) from seed N: the same N, the same run</translation>
    </message>
    <message>
        <source>check a trainer&apos;s scenario file</source>
        <translation>check a trainer&apos;s scenario file</translation>
    </message>
    <message>
        <source>check a scenario file (exit 0 when it is valid)</source>
        <translation>check a scenario file (exit 0 when it is valid)</translation>
    </message>
    <message>
        <source>print the JSON Schema of scenario files</source>
        <translation>print the JSON Schema of scenario files</translation>
    </message>
    <message>
        <source>The scenario file %1 is valid: %2 (%3).</source>
        <translation>The scenario file %1 is valid: %2 (%3).</translation>
    </message>
    <message>
        <source>(trainer)</source>
        <translation>(trainer)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Cannot write the Ansible files to %1: %2</source>
        <translation>Cannot write the Ansible files to %1: %2</translation>
    </message>
    <message>
        <source>The node name %1 cannot be an Ansible host name (use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>The node name %1 cannot be an Ansible host name (use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 contains a template marker ({{, {% or {#) that Ansible would evaluate.</source>
        <translation>The folder %1 of node %2 contains a template marker ({{, {% or {#) that Ansible would evaluate.</translation>
    </message>
    <message>
        <source>The wizard command %1 is not a single command line for Ansible.</source>
        <translation>The wizard command %1 is not a single command line for Ansible.</translation>
    </message>
    <message>
        <source>The SP1 payload file %1 was not copied completely.</source>
        <translation>The SP1 payload file %1 was not copied completely.</translation>
    </message>
    <message>
        <source>The SP1 payload file %1 is damaged.</source>
        <translation>The SP1 payload file %1 is damaged.</translation>
    </message>
    <message>
        <source>SP1 is already installed: nothing to update.</source>
        <translation>SP1 is already installed: nothing to update.</translation>
    </message>
    <message>
        <source>A verified backup of the configuration database and the private key is required before updating.</source>
        <translation>A verified backup of the configuration database and the private key is required before updating.</translation>
    </message>
    <message>
        <source>The update failed and was rolled back: %1</source>
        <translation>The update failed and was rolled back: %1</translation>
    </message>
    <message>
        <source>The backup in %1 cannot be used: %2</source>
        <translation>The backup in %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>This server has no configuration database to back up.</source>
        <translation>This server has no configuration database to back up.</translation>
    </message>
    <message>
        <source>This server has no private key file to back up.</source>
        <translation>This server has no private key file to back up.</translation>
    </message>
    <message>
        <source>The folder %1 exists and is not empty.</source>
        <translation>The folder %1 exists and is not empty.</translation>
    </message>
    <message>
        <source>This server has no logging database to back up.</source>
        <translation>This server has no logging database to back up.</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Backing up %1</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>it has no backup.json</source>
        <translation>it has no backup.json</translation>
    </message>
    <message>
        <source>backup.json is damaged</source>
        <translation>backup.json is damaged</translation>
    </message>
    <message>
        <source>it does not contain the %1</source>
        <translation>it does not contain the %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 was changed after the backup was made</source>
        <translation>%1 was changed after the backup was made</translation>
    </message>
    <message>
        <source>%1 fails the integrity check</source>
        <translation>%1 fails the integrity check</translation>
    </message>
    <message>
        <source>backup.json was changed after the backup was made</source>
        <translation>backup.json was changed after the backup was made</translation>
    </message>
    <message>
        <source>it was made on server %1, not on %2</source>
        <translation>it was made on server %1, not on %2</translation>
    </message>
    <message>
        <source>The topology file %1 does not exist.</source>
        <translation>The topology file %1 does not exist.</translation>
    </message>
    <message>
        <source>The topology file %1 is not UTF-8 text.</source>
        <translation>The topology file %1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The topology file %1 cannot be read: %2</source>
        <translation>The topology file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The topology file %1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>The topology file %1 is not valid JSON (line %2, column %3: %4).</translation>
    </message>
    <message>
        <source>The topology file %1 does not have the expected form: %2</source>
        <translation>The topology file %1 does not have the expected form: %2</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 is an absolute path; give it relative to the topology file&apos;s folder.</source>
        <translation>The folder %1 of node %2 is an absolute path; give it relative to the topology file&apos;s folder.</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 contains &apos;..&apos;; it must stay inside the topology file&apos;s folder.</source>
        <translation>The folder %1 of node %2 contains &apos;..&apos;; it must stay inside the topology file&apos;s folder.</translation>
    </message>
    <message>
        <source>Forest %1 is declared twice.</source>
        <translation>Forest %1 is declared twice.</translation>
    </message>
    <message>
        <source>Two clusters have the id %1.</source>
        <translation>Two clusters have the id %1.</translation>
    </message>
    <message>
        <source>Cluster %1 is in forest %2, which the topology does not declare.</source>
        <translation>Cluster %1 is in forest %2, which the topology does not declare.</translation>
    </message>
    <message>
        <source>Cluster %1 has no nodes.</source>
        <translation>Cluster %1 has no nodes.</translation>
    </message>
    <message>
        <source>The node name %1 is used more than once (in clusters %2).</source>
        <translation>The node name %1 is used more than once (in clusters %2).</translation>
    </message>
    <message>
        <source>The parent links of clusters %1 form a cycle.</source>
        <translation>The parent links of clusters %1 form a cycle.</translation>
    </message>
    <message>
        <source>Root certification cluster %1 has a parent (%2); only licensing clusters are sub-enrolled to another cluster.</source>
        <translation>Root certification cluster %1 has a parent (%2); only licensing clusters are sub-enrolled to another cluster.</translation>
    </message>
    <message>
        <source>Licensing cluster %1 does not name the root certification cluster it is sub-enrolled to.</source>
        <translation>Licensing cluster %1 does not name the root certification cluster it is sub-enrolled to.</translation>
    </message>
    <message>
        <source>Licensing cluster %1 is sub-enrolled to %2, which is not in the topology.</source>
        <translation>Licensing cluster %1 is sub-enrolled to %2, which is not in the topology.</translation>
    </message>
    <message>
        <source>Licensing cluster %1 is sub-enrolled to %2, which is not a root certification cluster.</source>
        <translation>Licensing cluster %1 is sub-enrolled to %2, which is not a root certification cluster.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 (got %1).</source>
        <translation>The batch size must be at least 1 (got %1).</translation>
    </message>
    <message>
        <source>Cluster %1 has no node in rotation: it serves no requests now.</source>
        <translation>Cluster %1 has no node in rotation: it serves no requests now.</translation>
    </message>
    <message>
        <source>Cluster %1 has a single node in rotation (%2): the cluster is out of service while that node is updated.</source>
        <translation>Cluster %1 has a single node in rotation (%2): the cluster is out of service while that node is updated.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>RMS is still writing to its database %1: stop the RMS service first.</source>
        <translation>RMS is still writing to its database %1: stop the RMS service first.</translation>
    </message>
    <message>
        <source>The database %1 cannot be changed: %2</source>
        <translation>The database %1 cannot be changed: %2</translation>
    </message>
    <message>
        <source>The database %1 has an unfinished SQLite transaction (%2 is beside it): run recover to finish it.</source>
        <translation>The database %1 has an unfinished SQLite transaction (%2 is beside it): run recover to finish it.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>The database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>%1 is not a server install: it has no registry export (registry.reg).</source>
        <translation>%1 is not a server install: it has no registry export (registry.reg).</translation>
    </message>
    <message>
        <source>%1 is a link that points outside %2.</source>
        <translation>%1 is a link that points outside %2.</translation>
    </message>
    <message>
        <source>%1 is a link that cannot be followed (a loop).</source>
        <translation>%1 is a link that cannot be followed (a loop).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a file.</source>
        <translation>Cannot read %1: it is not a file.</translation>
    </message>
    <message>
        <source>The registry holds an invalid path: %1</source>
        <translation>The registry holds an invalid path: %1</translation>
    </message>
    <message>
        <source>The file name of %1 is not a valid install path.</source>
        <translation>The file name of %1 is not a valid install path.</translation>
    </message>
    <message>
        <source>The install folder %1 is missing.</source>
        <translation>The install folder %1 is missing.</translation>
    </message>
    <message>
        <source>The registry holds no known RMS product version.</source>
        <translation>The registry holds no known RMS product version.</translation>
    </message>
    <message>
        <source>The file %1 is missing.</source>
        <translation>The file %1 is missing.</translation>
    </message>
    <message>
        <source>%1 has the SP1 version %2, but the registry says 1.0.</source>
        <translation>%1 has the SP1 version %2, but the registry says 1.0.</translation>
    </message>
    <message>
        <source>%1 has the 1.0 version %2, but the registry says SP1.</source>
        <translation>%1 has the 1.0 version %2, but the registry says SP1.</translation>
    </message>
    <message>
        <source>Offline enrollment</source>
        <translation>Offline enrollment</translation>
    </message>
    <message>
        <source>The server can enroll without contacting Microsoft over the internet. Only SP1 servers support this.</source>
        <translation>The server can enroll without contacting Microsoft over the internet. Only SP1 servers support this.</translation>
    </message>
    <message>
        <source>Server enrolls over the internet</source>
        <translation>Server enrolls over the internet</translation>
    </message>
    <message>
        <source>Whether the server has to contact Microsoft over the internet to enroll: every RMS 1.0 server has to; an SP1 server can enroll offline.</source>
        <translation>Whether the server has to contact Microsoft over the internet to enroll: every RMS 1.0 server has to; an SP1 server can enroll offline.</translation>
    </message>
    <message>
        <source>Self-activating clients</source>
        <translation>Self-activating clients</translation>
    </message>
    <message>
        <source>Clients activate themselves without downloading a lockbox from Microsoft. Only SP1 clients are self-activating.</source>
        <translation>Clients activate themselves without downloading a lockbox from Microsoft. Only SP1 clients are self-activating.</translation>
    </message>
    <message>
        <source>Version 1.0 clients activate over the internet</source>
        <translation>Version 1.0 clients activate over the internet</translation>
    </message>
    <message>
        <source>Clients that still run RMS client 1.0 must contact Microsoft over the internet to activate.</source>
        <translation>Clients that still run RMS client 1.0 must contact Microsoft over the internet to activate.</translation>
    </message>
    <message>
        <source>Server lockbox</source>
        <translation>Server lockbox</translation>
    </message>
    <message>
        <source>The SP1 client&apos;s server lockbox (server security processor) serves server-side applications such as SharePoint services and Exchange 2003.</source>
        <translation>The SP1 client&apos;s server lockbox (server security processor) serves server-side applications such as SharePoint services and Exchange 2003.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>No clients</translation>
    </message>
    <message>
        <source>SP1 clients only</source>
        <translation>SP1 clients only</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>Unknown server version %1 (expected %2).</source>
        <translation>Unknown server version %1 (expected %2).</translation>
    </message>
    <message>
        <source>Unknown client mix %1 (expected %2).</source>
        <translation>Unknown client mix %1 (expected %2).</translation>
    </message>
    <message>
        <source>Unknown RMS client version %1 (expected %2).</source>
        <translation>Unknown RMS client version %1 (expected %2).</translation>
    </message>
    <message>
        <source>No computer runs an RMS client, so no client mix applies.</source>
        <translation>No computer runs an RMS client, so no client mix applies.</translation>
    </message>
    <message>
        <source>The payload file %1 is missing.</source>
        <translation>The payload file %1 is missing.</translation>
    </message>
    <message>
        <source>The payload file %1 points outside the payload.</source>
        <translation>The payload file %1 points outside the payload.</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1: %2</source>
        <translation>Cannot read the manifest %1: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON: %2</source>
        <translation>The manifest %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid: %2: %3</source>
        <translation>The manifest %1 is not valid: %2: %3</translation>
    </message>
    <message>
        <source>New in SP1.</source>
        <translation>New in SP1.</translation>
    </message>
    <message>
        <source>The installed version %1 is lower than SP1&apos;s %2.</source>
        <translation>The installed version %1 is lower than SP1&apos;s %2.</translation>
    </message>
    <message>
        <source>The same version (%1) is already installed.</source>
        <translation>The same version (%1) is already installed.</translation>
    </message>
    <message>
        <source>The installed version %1 is higher than SP1&apos;s %2: never downgraded.</source>
        <translation>The installed version %1 is higher than SP1&apos;s %2: never downgraded.</translation>
    </message>
    <message>
        <source>SP1&apos;s versioned file (%1) replaces an unversioned file.</source>
        <translation>SP1&apos;s versioned file (%1) replaces an unversioned file.</translation>
    </message>
    <message>
        <source>The installed file has a version (%1); an unversioned file never replaces it.</source>
        <translation>The installed file has a version (%1); an unversioned file never replaces it.</translation>
    </message>
    <message>
        <source>Already identical to SP1&apos;s file.</source>
        <translation>Already identical to SP1&apos;s file.</translation>
    </message>
    <message>
        <source>Unchanged since RMS 1.0 installed it; SP1 updates it.</source>
        <translation>Unchanged since RMS 1.0 installed it; SP1 updates it.</translation>
    </message>
    <message>
        <source>Changed on this server since RMS 1.0 installed it: your changes are kept.</source>
        <translation>Changed on this server since RMS 1.0 installed it: your changes are kept.</translation>
    </message>
    <message>
        <source>Another run is changing this install. Wait until it has finished.</source>
        <translation>Another run is changing this install. Wait until it has finished.</translation>
    </message>
    <message>
        <source>An interrupted update was found on this server. Run recover first.</source>
        <translation>An interrupted update was found on this server. Run recover first.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The RMS install is inconsistent (%1). Repair it before updating.</source>
        <translation>The RMS install is inconsistent (%1). Repair it before updating.</translation>
    </message>
    <message>
        <source>RMS is not installed: SP1 installs fresh.</source>
        <translation>RMS is not installed: SP1 installs fresh.</translation>
    </message>
    <message>
        <source>No RMS install was found. SP1 will be installed fresh; provision the server afterwards from the administration site.</source>
        <translation>No RMS install was found. SP1 will be installed fresh; provision the server afterwards from the administration site.</translation>
    </message>
    <message>
        <source>Files you changed since RMS 1.0 are kept as they are; review them after the update.</source>
        <translation>Files you changed since RMS 1.0 are kept as they are; review them after the update.</translation>
    </message>
    <message>
        <source>SP1 recreates the logging database with its new schema: past statistics are not carried over unless you backed it up.</source>
        <translation>SP1 recreates the logging database with its new schema: past statistics are not carried over unless you backed it up.</translation>
    </message>
    <message>
        <source>not UTF-16 or UTF-8 text</source>
        <translation>not UTF-16 or UTF-8 text</translation>
    </message>
    <message>
        <source>the UTF-16 text is truncated (odd number of bytes)</source>
        <translation>the UTF-16 text is truncated (odd number of bytes)</translation>
    </message>
    <message>
        <source>missing header</source>
        <translation>missing header</translation>
    </message>
    <message>
        <source>expected a [key], a value or a ; comment</source>
        <translation>expected a [key], a value or a ; comment</translation>
    </message>
    <message>
        <source>unterminated key name</source>
        <translation>unterminated key name</translation>
    </message>
    <message>
        <source>bad key path</source>
        <translation>bad key path</translation>
    </message>
    <message>
        <source>value outside any key</source>
        <translation>value outside any key</translation>
    </message>
    <message>
        <source>value under a deleted key</source>
        <translation>value under a deleted key</translation>
    </message>
    <message>
        <source>the value appears twice in its key</source>
        <translation>the value appears twice in its key</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>bad escape sequence (only \\ and \&quot; are allowed)</source>
        <translation>bad escape sequence (only \\ and \&quot; are allowed)</translation>
    </message>
    <message>
        <source>expected = after the value name</source>
        <translation>expected = after the value name</translation>
    </message>
    <message>
        <source>unknown value type</source>
        <translation>unknown value type</translation>
    </message>
    <message>
        <source>bad dword value</source>
        <translation>bad dword value</translation>
    </message>
    <message>
        <source>bad hex(...) type</source>
        <translation>bad hex(...) type</translation>
    </message>
    <message>
        <source>bad hex data</source>
        <translation>bad hex data</translation>
    </message>
    <message>
        <source>hex data ends with a continuation</source>
        <translation>hex data ends with a continuation</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>unexpected text after the value</translation>
    </message>
    <message>
        <source>The scenario file %1 is not valid: %2</source>
        <translation>The scenario file %1 is not valid: %2</translation>
    </message>
    <message>
        <source>Unknown scenario %1. Known scenarios: %2</source>
        <translation>Unknown scenario %1. Known scenarios: %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox folder made by this tool.</source>
        <translation>%1 is not a sandbox folder made by this tool.</translation>
    </message>
    <message>
        <source>The private-key password must not be empty.</source>
        <translation>The private-key password must not be empty.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be written: %2.</source>
        <translation>The private key %1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a PEM-encoded private key.</source>
        <translation>The file %1 is not a PEM-encoded private key.</translation>
    </message>
    <message>
        <source>The file %1 holds no private key (it may be a certificate or a public key).</source>
        <translation>The file %1 holds no private key (it may be a certificate or a public key).</translation>
    </message>
    <message>
        <source>The password does not open the private key %1.</source>
        <translation>The password does not open the private key %1.</translation>
    </message>
    <message>
        <source>The private key %1 is not encrypted; RMS needs it protected by a password.</source>
        <translation>The private key %1 is not encrypted; RMS needs it protected by a password.</translation>
    </message>
    <message>
        <source>The private key %1 is damaged or truncated.</source>
        <translation>The private key %1 is damaged or truncated.</translation>
    </message>
    <message>
        <source>The private key %1 does not exist.</source>
        <translation>The private key %1 does not exist.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: %2.</source>
        <translation>The private key %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The server name %1 is not valid.</source>
        <translation>The server name %1 is not valid.</translation>
    </message>
    <message>
        <source>The cluster id %1 is not valid.</source>
        <translation>The cluster id %1 is not valid.</translation>
    </message>
    <message>
        <source>No system keyring is available (the keyring backend is %1).</source>
        <translation>No system keyring is available (the keyring backend is %1).</translation>
    </message>
    <message>
        <source>The keyring is switched off (backend %1).</source>
        <translation>The keyring is switched off (backend %1).</translation>
    </message>
    <message>
        <source>The keyring backend %1 keeps passwords in a file without encryption.</source>
        <translation>The keyring backend %1 keeps passwords in a file without encryption.</translation>
    </message>
    <message>
        <source>None of the keyring backends is secure: %1.</source>
        <translation>None of the keyring backends is secure: %1.</translation>
    </message>
    <message>
        <source>The keyring could not be initialised: %1.</source>
        <translation>The keyring could not be initialised: %1.</translation>
    </message>
    <message>
        <source>The keyring %1 could not store the password for %2: %3.</source>
        <translation>The keyring %1 could not store the password for %2: %3.</translation>
    </message>
    <message>
        <source>The keyring %1 could not read the password for %2: %3.</source>
        <translation>The keyring %1 could not read the password for %2: %3.</translation>
    </message>
    <message>
        <source>The keyring %1 could not delete the password for %2: %3.</source>
        <translation>The keyring %1 could not delete the password for %2: %3.</translation>
    </message>
    <message>
        <source>Unknown fault injection setting: %1</source>
        <translation>Unknown fault injection setting: %1</translation>
    </message>
    <message>
        <source>Another run (process %1) is changing this install. Wait until it has finished.</source>
        <translation>Another run (process %1) is changing this install. Wait until it has finished.</translation>
    </message>
    <message>
        <source>A previous run on this install was interrupted. Run recover first.</source>
        <translation>A previous run on this install was interrupted. Run recover first.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>The change was made, but finishing it failed: %1. Run recover to finish it.</source>
        <translation>The change was made, but finishing it failed: %1. Run recover to finish it.</translation>
    </message>
    <message>
        <source>Preparing the new files</source>
        <translation>Preparing the new files</translation>
    </message>
    <message>
        <source>Adding the SP1 fields to the configuration database</source>
        <translation>Adding the SP1 fields to the configuration database</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>Cleaning up</translation>
    </message>
    <message>
        <source>Recording the new version in the registry</source>
        <translation>Recording the new version in the registry</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Removing %1</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restoring %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>Installing %1</translation>
    </message>
    <message>
        <source>The rollback store of this SP1 install is missing, so the RMS 1.0 files cannot be put back. What can still be restored: the configuration database, from the backup made before SP1. To return to 1.0, reinstall RMS 1.0 from its media and then restore that backup.</source>
        <translation>The rollback store of this SP1 install is missing, so the RMS 1.0 files cannot be put back. What can still be restored: the configuration database, from the backup made before SP1. To return to 1.0, reinstall RMS 1.0 from its media and then restore that backup.</translation>
    </message>
    <message>
        <source>SP1 is not installed on this server: nothing to remove.</source>
        <translation>SP1 is not installed on this server: nothing to remove.</translation>
    </message>
    <message>
        <source>The backup&apos;s private-key password is required.</source>
        <translation>The backup&apos;s private-key password is required.</translation>
    </message>
    <message>
        <source>This server has no configuration database to restore.</source>
        <translation>This server has no configuration database to restore.</translation>
    </message>
    <message>
        <source>SP1 was installed fresh, so there is no earlier RMS to return to: RMS is removed; the databases and the private key are kept.</source>
        <translation>SP1 was installed fresh, so there is no earlier RMS to return to: RMS is removed; the databases and the private key are kept.</translation>
    </message>
    <message>
        <source>The SP1 configuration database is kept: RMS 1.0 ignores the fields SP1 added and does not use them.</source>
        <translation>The SP1 configuration database is kept: RMS 1.0 ignores the fields SP1 added and does not use them.</translation>
    </message>
    <message>
        <source>Removing SP1 failed and was rolled back: %1</source>
        <translation>Removing SP1 failed and was rolled back: %1</translation>
    </message>
    <message>
        <source>An interrupted run was found.</source>
        <translation>An interrupted run was found.</translation>
    </message>
    <message>
        <source>No RMS install was found.</source>
        <translation>No RMS install was found.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 differs from the expected file.</source>
        <translation>%1 differs from the expected file.</translation>
    </message>
    <message>
        <source>%1 is not part of this release.</source>
        <translation>%1 is not part of this release.</translation>
    </message>
    <message>
        <source>The configuration database has neither the 1.0 nor the SP1 schema.</source>
        <translation>The configuration database has neither the 1.0 nor the SP1 schema.</translation>
    </message>
    <message>
        <source>The configuration database has the 1.0 schema.</source>
        <translation>The configuration database has the 1.0 schema.</translation>
    </message>
    <message>
        <source>The configuration database keeps the fields SP1 added (RMS 1.0 ignores them).</source>
        <translation>The configuration database keeps the fields SP1 added (RMS 1.0 ignores them).</translation>
    </message>
    <message>
        <source>The logging database does not have the schema of RMS %1.</source>
        <translation>The logging database does not have the schema of RMS %1.</translation>
    </message>
    <message>
        <source>The plan names node %1 of cluster %2, which the topology does not have.</source>
        <translation>The plan names node %1 of cluster %2, which the topology does not have.</translation>
    </message>
    <message>
        <source>Node %1 is the last node of cluster %2 in rotation; draining it would take the whole cluster out of service.</source>
        <translation>Node %1 is the last node of cluster %2 in rotation; draining it would take the whole cluster out of service.</translation>
    </message>
    <message>
        <source>The cluster name %1 cannot be used as a backup folder name.</source>
        <translation>The cluster name %1 cannot be used as a backup folder name.</translation>
    </message>
    <message>
        <source>The node name %1 cannot be used as a backup folder name.</source>
        <translation>The node name %1 cannot be used as a backup folder name.</translation>
    </message>
    <message>
        <source>The install at %1 is server %2, not node %3 of the topology.</source>
        <translation>The install at %1 is server %2, not node %3 of the topology.</translation>
    </message>
    <message>
        <source>Node %1 was not updated: %2</source>
        <translation>Node %1 was not updated: %2</translation>
    </message>
    <message>
        <source>its install is not in a state that can be updated (%1).</source>
        <translation>its install is not in a state that can be updated (%1).</translation>
    </message>
    <message>
        <source>not SP1</source>
        <translation>not SP1</translation>
    </message>
    <message>
        <source>the install is not exactly SP1 after the update (%1)</source>
        <translation>the install is not exactly SP1 after the update (%1)</translation>
    </message>
    <message>
        <source>At least one node must run at a time (got %1).</source>
        <translation>At least one node must run at a time (got %1).</translation>
    </message>
    <message>
        <source>There is no node %1 to inject a fault into.</source>
        <translation>There is no node %1 to inject a fault into.</translation>
    </message>
    <message>
        <source>The install folder %1 of node %2 does not exist.</source>
        <translation>The install folder %1 of node %2 does not exist.</translation>
    </message>
    <message>
        <source>Recovering the interrupted run</source>
        <translation>Recovering the interrupted run</translation>
    </message>
    <message>
        <source>You backed up the configuration database and the private key before anything changed: with that backup the server can always go back to where it was.</source>
        <translation>You backed up the configuration database and the private key before anything changed: with that backup the server can always go back to where it was.</translation>
    </message>
    <message>
        <source>The backup was made only after the update had started. Back up first: a backup made during the change may already hold half of it.</source>
        <translation>The backup was made only after the update had started. Back up first: a backup made during the change may already hold half of it.</translation>
    </message>
    <message>
        <source>No backup was made. Back up the configuration database and the server&apos;s private key before every update.</source>
        <translation>No backup was made. Back up the configuration database and the server&apos;s private key before every update.</translation>
    </message>
    <message>
        <source>Backed up the configuration database and the private key first</source>
        <translation>Backed up the configuration database and the private key first</translation>
    </message>
    <message>
        <source>Verified the backup</source>
        <translation>Verified the backup</translation>
    </message>
    <message>
        <source>The backup was checked: every file is whole and the backed-up key opens with the password.</source>
        <translation>The backup was checked: every file is whole and the backed-up key opens with the password.</translation>
    </message>
    <message>
        <source>The backup was not verified before the update. A backup that cannot be restored is no backup: check it while the server is still unchanged.</source>
        <translation>The backup was not verified before the update. A backup that cannot be restored is no backup: check it while the server is still unchanged.</translation>
    </message>
    <message>
        <source>Backed up the logging database (statistics matter)</source>
        <translation>Backed up the logging database (statistics matter)</translation>
    </message>
    <message>
        <source>The logging database was backed up, so the past statistics survive SP1&apos;s new logging database.</source>
        <translation>The logging database was backed up, so the past statistics survive SP1&apos;s new logging database.</translation>
    </message>
    <message>
        <source>In this scenario the past statistics must be kept, but the logging database was not backed up before the update: SP1 recreates it empty.</source>
        <translation>In this scenario the past statistics must be kept, but the logging database was not backed up before the update: SP1 recreates it empty.</translation>
    </message>
    <message>
        <source>Made sure of the private-key password</source>
        <translation>Made sure of the private-key password</translation>
    </message>
    <message>
        <source>The password was checked against the private key before the change.</source>
        <translation>The password was checked against the private key before the change.</translation>
    </message>
    <message>
        <source>The private-key password was not checked before the change. Without it the backed-up key cannot be used.</source>
        <translation>The private-key password was not checked before the change. Without it the backed-up key cannot be used.</translation>
    </message>
    <message>
        <source>Installed the missing critical and security updates first</source>
        <translation>Installed the missing critical and security updates first</translation>
    </message>
    <message>
        <source>The operating system was brought up to date before RMS was updated.</source>
        <translation>The operating system was brought up to date before RMS was updated.</translation>
    </message>
    <message>
        <source>Critical and security updates were missing and were not installed before the update. Install them first, on servers and on clients.</source>
        <translation>Critical and security updates were missing and were not installed before the update. Install them first, on servers and on clients.</translation>
    </message>
    <message>
        <source>Left the admin&apos;s changes alone</source>
        <translation>Left the admin&apos;s changes alone</translation>
    </message>
    <message>
        <source>The admin&apos;s change to %1 is still there: the update kept the modified file.</source>
        <translation>The admin&apos;s change to %1 is still there: the update kept the modified file.</translation>
    </message>
    <message>
        <source>The admin&apos;s change to %1 is gone. Files changed on the server must be kept; review them after the update instead.</source>
        <translation>The admin&apos;s change to %1 is gone. Files changed on the server must be kept; review them after the update instead.</translation>
    </message>
    <message>
        <source>Handled the drill</source>
        <translation>Handled the drill</translation>
    </message>
    <message>
        <source>The password you were handed was wrong on purpose. You noticed before anything was changed and went on with the right one.</source>
        <translation>The password you were handed was wrong on purpose. You noticed before anything was changed and went on with the right one.</translation>
    </message>
    <message>
        <source>The password you were handed was wrong on purpose, and the right one was not checked before going on. Stop when the key does not open and ask its custodian.</source>
        <translation>The password you were handed was wrong on purpose, and the right one was not checked before going on. Stop when the key does not open and ask its custodian.</translation>
    </message>
    <message>
        <source>The update was interrupted on purpose. At the next start the interrupted update was recovered and the server is in a known state again.</source>
        <translation>The update was interrupted on purpose. At the next start the interrupted update was recovered and the server is in a known state again.</translation>
    </message>
    <message>
        <source>The update was interrupted on purpose, but it was not recovered: an interrupted update must be rolled back or completed before anything else.</source>
        <translation>The update was interrupted on purpose, but it was not recovered: an interrupted update must be rolled back or completed before anything else.</translation>
    </message>
    <message>
        <source>The update failed on purpose and every change was rolled back: the server is in a known state.</source>
        <translation>The update failed on purpose and every change was rolled back: the server is in a known state.</translation>
    </message>
    <message>
        <source>The drill&apos;s failure was not seen through: run the update until it fails, and check that the rollback left the server in a known state.</source>
        <translation>The drill&apos;s failure was not seen through: run the update until it fails, and check that the rollback left the server in a known state.</translation>
    </message>
    <message>
        <source>%1 Found: %2</source>
        <translation>%1 Found: %2</translation>
    </message>
    <message>
        <source>Restored the configuration database made before SP1</source>
        <translation>Restored the configuration database made before SP1</translation>
    </message>
    <message>
        <source>Restoring the backup made before SP1 undid every SP1 change completely.</source>
        <translation>Restoring the backup made before SP1 undid every SP1 change completely.</translation>
    </message>
    <message>
        <source>The SP1 configuration database was kept. RMS 1.0 ignores its extra fields, but with a backup from before SP1 at hand, restoring it undoes every SP1 change.</source>
        <translation>The SP1 configuration database was kept. RMS 1.0 ignores its extra fields, but with a backup from before SP1 at hand, restoring it undoes every SP1 change.</translation>
    </message>
    <message>
        <source>Cluster %1 was started before its root certification cluster was done. Update the root certification clusters first.</source>
        <translation>Cluster %1 was started before its root certification cluster was done. Update the root certification clusters first.</translation>
    </message>
    <message>
        <source>The licensing clusters were not reached: the rollout is not finished.</source>
        <translation>The licensing clusters were not reached: the rollout is not finished.</translation>
    </message>
    <message>
        <source>The root certification clusters were done before the licensing clusters sub-enrolled to them.</source>
        <translation>The root certification clusters were done before the licensing clusters sub-enrolled to them.</translation>
    </message>
    <message>
        <source>Root certification clusters first</source>
        <translation>Root certification clusters first</translation>
    </message>
    <message>
        <source>Every node of cluster %1 was out of rotation at the same time: the cluster served nobody. Update a part of a cluster at a time.</source>
        <translation>Every node of cluster %1 was out of rotation at the same time: the cluster served nobody. Update a part of a cluster at a time.</translation>
    </message>
    <message>
        <source>No node was updated: the rollout did not start.</source>
        <translation>No node was updated: the rollout did not start.</translation>
    </message>
    <message>
        <source>Each cluster kept serving: only a part of it was out of rotation at a time.</source>
        <translation>Each cluster kept serving: only a part of it was out of rotation at a time.</translation>
    </message>
    <message>
        <source>A part of a cluster at a time</source>
        <translation>A part of a cluster at a time</translation>
    </message>
    <message>
        <source>Every server ends exactly at RMS %1, verified.</source>
        <translation>Every server ends exactly at RMS %1, verified.</translation>
    </message>
    <message>
        <source>Not exactly at RMS %1 at the end: %2.</source>
        <translation>Not exactly at RMS %1 at the end: %2.</translation>
    </message>
    <message>
        <source>Reached the scenario&apos;s goal</source>
        <translation>Reached the scenario&apos;s goal</translation>
    </message>
    <message>
        <source>Updated the remaining 1.0 clients</source>
        <translation>Updated the remaining 1.0 clients</translation>
    </message>
    <message>
        <source>Every RMS client runs SP1: all clients are self-activating and none needs to contact Microsoft over the internet to activate.</source>
        <translation>Every RMS client runs SP1: all clients are self-activating and none needs to contact Microsoft over the internet to activate.</translation>
    </message>
    <message>
        <source>These computers still run RMS client 1.0 and activate over the internet: %1.</source>
        <translation>These computers still run RMS client 1.0 and activate over the internet: %1.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep (changed by you)</source>
        <translation>Keep (changed by you)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Root certification server</source>
        <translation>Root certification server</translation>
    </message>
    <message>
        <source>Licensing-only server</source>
        <translation>Licensing-only server</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>interrupted update (run the recovery first)</source>
        <translation>interrupted update (run the recovery first)</translation>
    </message>
    <message>
        <source>inconsistent (not a state Setup can update)</source>
        <translation>inconsistent (not a state Setup can update)</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Debrief: %1</translation>
    </message>
    <message>
        <source>Scenario %1 · level: %2 · %3 minutes · made %4</source>
        <translation>Scenario %1 · level: %2 · %3 minutes · made %4</translation>
    </message>
    <message>
        <source>Score: %1 of %2 recommendations followed (%3%)</source>
        <translation>Score: %1 of %2 recommendations followed (%3%)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>The drill</source>
        <translation>The drill</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Learning goals</translation>
    </message>
    <message>
        <source>The operator’s steps</source>
        <translation>The operator’s steps</translation>
    </message>
    <message>
        <source>there is no space left on the disk</source>
        <translation>there is no space left on the disk</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>access is denied</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>the operation is not permitted</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>a read or write error occurred on the disk</source>
        <translation>a read or write error occurred on the disk</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the file or folder already exists</source>
        <translation>the file or folder already exists</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>the folder is not empty</translation>
    </message>
    <message>
        <source>the file or folder is in use</source>
        <translation>the file or folder is in use</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>too many files are open</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>a file cannot be moved to another disk</source>
        <translation>a file cannot be moved to another disk</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>the disk quota is exceeded</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the disk is full (%1). Once there is free space again, run recover to finish.</source>
        <translation>the disk is full (%1). Once there is free space again, run recover to finish.</translation>
    </message>
    <message>
        <source>a file or folder is read-only or protected (%1). Once it can be changed again, run recover to finish.</source>
        <translation>a file or folder is read-only or protected (%1). Once it can be changed again, run recover to finish.</translation>
    </message>
    <message>
        <source>%1. Once that is fixed, run recover to finish.</source>
        <translation>%1. Once that is fixed, run recover to finish.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>The interrupted run could not be rolled back completely, so the server is not yet as it was before; the journal is kept. What blocks it: %1</source>
        <translation>The interrupted run could not be rolled back completely, so the server is not yet as it was before; the journal is kept. What blocks it: %1</translation>
    </message>
    <message>
        <source>The run failed (%1) and could not be rolled back completely, so the server is not yet as it was before; the journal is kept. What blocks it: %2</source>
        <translation>The run failed (%1) and could not be rolled back completely, so the server is not yet as it was before; the journal is kept. What blocks it: %2</translation>
    </message>
    <message>
        <source>The interrupted run could not be completed yet; the journal is kept. What blocks it: %1</source>
        <translation>The interrupted run could not be completed yet; the journal is kept. What blocks it: %1</translation>
    </message>
    <message>
        <source>%1 in the install folder is a link or is not a folder: the wizard does not write or remove anything through it (it could lead outside the install). Nothing was changed. Replace it with an ordinary folder or file, then try again.</source>
        <translation>%1 in the install folder is a link or is not a folder: the wizard does not write or remove anything through it (it could lead outside the install). Nothing was changed. Replace it with an ordinary folder or file, then try again.</translation>
    </message>
    <message>
        <source>The wizard&apos;s journal or rollback store names %1 as its own working file, but it is not in the wizard&apos;s folder %2: refused (the journal or store may have been altered). Nothing was changed.</source>
        <translation>The wizard&apos;s journal or rollback store names %1 as its own working file, but it is not in the wizard&apos;s folder %2: refused (the journal or store may have been altered). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 has more than one name (a hard link): updating it in place would change the other names too, which may be outside the install. Nothing was changed. Make it a file of its own (copy it, then put the copy in its place), then try again.</source>
        <translation>%1 has more than one name (a hard link): updating it in place would change the other names too, which may be outside the install. Nothing was changed. Make it a file of its own (copy it, then put the copy in its place), then try again.</translation>
    </message>
    <message>
        <source>%1 is not a file version: one to four numbers from 0 to 65535, separated by dots, such as 5.2.3790.134.</source>
        <translation>%1 is not a file version: one to four numbers from 0 to 65535, separated by dots, such as 5.2.3790.134.</translation>
    </message>
    <message>
        <source>Setup cannot write to the folder %1: %2. Choose another folder.</source>
        <translation>Setup cannot write to the folder %1: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>Install detected</source>
        <translation>Install detected</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Backup verified</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Password checked: it opens the key</source>
        <translation>Password checked: it opens the key</translation>
    </message>
    <message>
        <source>Wrong password entered</source>
        <translation>Wrong password entered</translation>
    </message>
    <message>
        <source>Password stored in the keyring</source>
        <translation>Password stored in the keyring</translation>
    </message>
    <message>
        <source>Logging database backed up</source>
        <translation>Logging database backed up</translation>
    </message>
    <message>
        <source>Missing Windows updates installed</source>
        <translation>Missing Windows updates installed</translation>
    </message>
    <message>
        <source>Update started</source>
        <translation>Update started</translation>
    </message>
    <message>
        <source>Update done</source>
        <translation>Update done</translation>
    </message>
    <message>
        <source>Update failed and rolled back</source>
        <translation>Update failed and rolled back</translation>
    </message>
    <message>
        <source>SP1 removed</source>
        <translation>SP1 removed</translation>
    </message>
    <message>
        <source>Removal failed and rolled back</source>
        <translation>Removal failed and rolled back</translation>
    </message>
    <message>
        <source>SP1 repaired</source>
        <translation>SP1 repaired</translation>
    </message>
    <message>
        <source>Repair failed and rolled back</source>
        <translation>Repair failed and rolled back</translation>
    </message>
    <message>
        <source>Interrupted run recovered</source>
        <translation>Interrupted run recovered</translation>
    </message>
    <message>
        <source>Cancelled and rolled back</source>
        <translation>Cancelled and rolled back</translation>
    </message>
    <message>
        <source>Power lost during the work (drill)</source>
        <translation>Power lost during the work (drill)</translation>
    </message>
    <message>
        <source>Server taken out of rotation</source>
        <translation>Server taken out of rotation</translation>
    </message>
    <message>
        <source>Server updated</source>
        <translation>Server updated</translation>
    </message>
    <message>
        <source>Server update failed</source>
        <translation>Server update failed</translation>
    </message>
    <message>
        <source>Clients updated to SP1</source>
        <translation>Clients updated to SP1</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Language changed</translation>
    </message>
    <message>
        <source>Detecting the installation</source>
        <translation>Detecting the installation</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Private-key password</source>
        <translation>Private-key password</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>Ready to install</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Updating</translation>
    </message>
    <message>
        <source>Completing the Setup Wizard</source>
        <translation>Completing the Setup Wizard</translation>
    </message>
    <message>
        <source>Recover an interrupted run</source>
        <translation>Recover an interrupted run</translation>
    </message>
    <message>
        <source>Remove Service Pack 1</source>
        <translation>Remove Service Pack 1</translation>
    </message>
    <message>
        <source>Ready to remove SP1</source>
        <translation>Ready to remove SP1</translation>
    </message>
    <message>
        <source>RMS 1.0 and SP1 together</source>
        <translation>RMS 1.0 and SP1 together</translation>
    </message>
    <message>
        <source>Rolling update of the clusters</source>
        <translation>Rolling update of the clusters</translation>
    </message>
    <message>
        <source>Update the clients</source>
        <translation>Update the clients</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>The same version (%1) is installed in more languages (%2) than SP1&apos;s file has (%3): the file with more languages is kept.</source>
        <translation>The same version (%1) is installed in more languages (%2) than SP1&apos;s file has (%3): the file with more languages is kept.</translation>
    </message>
    <message>
        <source>SP1&apos;s file of the same version (%1) has more languages (%2) than the installed one (%3): the file with more languages wins.</source>
        <translation>SP1&apos;s file of the same version (%1) has more languages (%2) than the installed one (%3): the file with more languages wins.</translation>
    </message>
    <message>
        <source>The same version (%1) is installed in the language of the product (%2), which SP1&apos;s file lacks: it is kept.</source>
        <translation>The same version (%1) is installed in the language of the product (%2), which SP1&apos;s file lacks: it is kept.</translation>
    </message>
    <message>
        <source>SP1&apos;s file of the same version (%1) is in other languages (%2 instead of %3): the file of the product being installed wins.</source>
        <translation>SP1&apos;s file of the same version (%1) is in other languages (%2 instead of %3): the file of the product being installed wins.</translation>
    </message>
    <message>
        <source>The creation date of the installed file is not known: it is kept, as a changed file would be.</source>
        <translation>The creation date of the installed file is not known: it is kept, as a changed file would be.</translation>
    </message>
    <message>
        <source>Modified (%1) after it was created (%2): changed on this server, your changes are kept.</source>
        <translation>Modified (%1) after it was created (%2): changed on this server, your changes are kept.</translation>
    </message>
    <message>
        <source>Not modified after it was created (%1): unchanged, SP1 updates it.</source>
        <translation>Not modified after it was created (%1): unchanged, SP1 updates it.</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>no version</translation>
    </message>
    <message>
        <source>Its companion file %1 is installed at a higher version (%2) than SP1&apos;s (%3): it stays with it.</source>
        <translation>Its companion file %1 is installed at a higher version (%2) than SP1&apos;s (%3): it stays with it.</translation>
    </message>
    <message>
        <source>Its companion file %1 is installed at SP1&apos;s version, and the reinstall mode %2 does not reinstall an unversioned companion then.</source>
        <translation>Its companion file %1 is installed at SP1&apos;s version, and the reinstall mode %2 does not reinstall an unversioned companion then.</translation>
    </message>
    <message>
        <source>It follows its companion file %1, which is not installed at a higher version than SP1&apos;s %2: it is installed with it.</source>
        <translation>It follows its companion file %1, which is not installed at a higher version than SP1&apos;s %2: it is installed with it.</translation>
    </message>
    <message>
        <source>The reinstall mode %1 reinstalls only missing files: the installed file stays.</source>
        <translation>The reinstall mode %1 reinstalls only missing files: the installed file stays.</translation>
    </message>
    <message>
        <source>The reinstall mode %1 reinstalls every file, whatever its version.</source>
        <translation>The reinstall mode %1 reinstalls every file, whatever its version.</translation>
    </message>
    <message>
        <source>The same version (%1) is installed, and the reinstall mode %2 reinstalls equal versions.</source>
        <translation>The same version (%1) is installed, and the reinstall mode %2 reinstalls equal versions.</translation>
    </message>
    <message>
        <source>The installed file is not SP1&apos;s (%1 installed, %2 in SP1), and the reinstall mode %3 reinstalls a different file.</source>
        <translation>The installed file is not SP1&apos;s (%1 installed, %2 in SP1), and the reinstall mode %3 reinstalls a different file.</translation>
    </message>
    <message>
        <source>The installed file has SP1&apos;s version (%1) but not its content: damaged, the reinstall mode %2 reinstalls it.</source>
        <translation>The installed file has SP1&apos;s version (%1) but not its content: damaged, the reinstall mode %2 reinstalls it.</translation>
    </message>
    <message>
        <source>The reinstall mode %1 does not reinstall this file: the installed file stays.</source>
        <translation>The reinstall mode %1 does not reinstall this file: the installed file stays.</translation>
    </message>
    <message>
        <source>Repair reinstalls SP1&apos;s files, and SP1 is not installed here: update the server to SP1 instead.</source>
        <translation>Repair reinstalls SP1&apos;s files, and SP1 is not installed here: update the server to SP1 instead.</translation>
    </message>
    <message>
        <source>Missing on this server: SP1&apos;s file is put back.</source>
        <translation>Missing on this server: SP1&apos;s file is put back.</translation>
    </message>
    <message>
        <source>The repair failed and was rolled back: %1</source>
        <translation>The repair failed and was rolled back: %1</translation>
    </message>
    <message>
        <source>unexpected text after the key name</source>
        <translation>unexpected text after the key name</translation>
    </message>
    <message>
        <source>the file ends inside this value (its last line stops before the value does)</source>
        <translation>the file ends inside this value (its last line stops before the value does)</translation>
    </message>
    <message>
        <source>regedit would not import this file at all</source>
        <translation>regedit would not import this file at all</translation>
    </message>
    <message>
        <source>regedit would skip this line and import the rest</source>
        <translation>regedit would skip this line and import the rest</translation>
    </message>
    <message>
        <source>regedit would skip this key and its values</source>
        <translation>regedit would skip this key and its values</translation>
    </message>
    <message>
        <source>regedit would ignore this value</source>
        <translation>regedit would ignore this value</translation>
    </message>
    <message>
        <source>regedit would keep the last one</source>
        <translation>regedit would keep the last one</translation>
    </message>
    <message>
        <source>regedit would import what comes before the cut and silently lose the rest</source>
        <translation>regedit would import what comes before the cut and silently lose the rest</translation>
    </message>
    <message>
        <source>The registry export %1 is not valid: line %2: %3 (%4).</source>
        <translation>The registry export %1 is not valid: line %2: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not a reinstall mode: use the letters p, o, e, d, c, a, u, m, s and v, such as omus or emus.</source>
        <translation>%1 is not a reinstall mode: use the letters p, o, e, d, c, a, u, m, s and v, such as omus or emus.</translation>
    </message>
    <message>
        <source>The registry of this server names no private key file.</source>
        <translation>The registry of this server names no private key file.</translation>
    </message>
    <message>
        <source>The backup just written failed its check and was removed: %1</source>
        <translation>The backup just written failed its check and was removed: %1</translation>
    </message>
    <message>
        <source>The keyring backend %1 is not one known to encrypt passwords (Secret Service, Windows Credential Locker, macOS Keychain, KWallet), so it is not used.</source>
        <translation>The keyring backend %1 is not one known to encrypt passwords (Secret Service, Windows Credential Locker, macOS Keychain, KWallet), so it is not used.</translation>
    </message>
    <message>
        <source>You changed SP1 files after the update; your versions are kept in %1: %2</source>
        <translation>You changed SP1 files after the update; your versions are kept in %1: %2</translation>
    </message>
    <message>
        <source>The rollback store %1 has been altered or damaged (it names a path outside the install, or a part is missing): SP1 is not removed and nothing was changed.</source>
        <translation>The rollback store %1 has been altered or damaged (it names a path outside the install, or a part is missing): SP1 is not removed and nothing was changed.</translation>
    </message>
    <message>
        <source>The rollback store records no hash for %1 (%2), so it cannot be checked: SP1 is not removed and nothing was changed.</source>
        <translation>The rollback store records no hash for %1 (%2), so it cannot be checked: SP1 is not removed and nothing was changed.</translation>
    </message>
    <message>
        <source>The rollback store&apos;s copy of %1 (%2) is missing: SP1 is not removed and nothing was changed.</source>
        <translation>The rollback store&apos;s copy of %1 (%2) is missing: SP1 is not removed and nothing was changed.</translation>
    </message>
    <message>
        <source>The rollback store&apos;s copy of %1 (%2) was changed after SP1 was installed: SP1 is not removed and nothing was changed.</source>
        <translation>The rollback store&apos;s copy of %1 (%2) was changed after SP1 was installed: SP1 is not removed and nothing was changed.</translation>
    </message>
    <message>
        <source>The answer file asks for “%1”, but RMS is not installed in %2.</source>
        <translation>The answer file asks for “%1”, but RMS is not installed in %2.</translation>
    </message>
    <message>
        <source>The answer file asks for an update, but server %1 already has SP1: nothing to update.</source>
        <translation>The answer file asks for an update, but server %1 already has SP1: nothing to update.</translation>
    </message>
    <message>
        <source>Answer file, field backup_dir: the folder %1 exists and is not empty.</source>
        <translation>Answer file, field backup_dir: the folder %1 exists and is not empty.</translation>
    </message>
    <message>
        <source>Answer file, field include_logging_db: server %1 has no logging database.</source>
        <translation>Answer file, field include_logging_db: server %1 has no logging database.</translation>
    </message>
    <message>
        <source>The answer file asks to remove SP1, but server %1 has RMS %2: nothing to remove.</source>
        <translation>The answer file asks to remove SP1, but server %1 has RMS %2: nothing to remove.</translation>
    </message>
    <message>
        <source>Answer file, field %1: %2</source>
        <translation>Answer file, field %1: %2</translation>
    </message>
    <message>
        <source>an update needs a backup folder</source>
        <translation>an update needs a backup folder</translation>
    </message>
    <message>
        <source>a removal needs the choice restore or keep</source>
        <translation>a removal needs the choice restore or keep</translation>
    </message>
    <message>
        <source>only for a removal, not for an update</source>
        <translation>only for a removal, not for an update</translation>
    </message>
    <message>
        <source>only for an update, not for a removal</source>
        <translation>only for an update, not for a removal</translation>
    </message>
    <message>
        <source>needs include_logging_db: true (the statistics come from that backup)</source>
        <translation>needs include_logging_db: true (the statistics come from that backup)</translation>
    </message>
    <message>
        <source>restoring the configuration database needs the backup folder</source>
        <translation>restoring the configuration database needs the backup folder</translation>
    </message>
    <message>
        <source>only with config_db: restore</source>
        <translation>only with config_db: restore</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>the path is empty</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: {server}, {time})</source>
        <translation>unknown placeholder {%1} (known: {server}, {time})</translation>
    </message>
    <message>
        <source>a brace { or } without its pair</source>
        <translation>a brace { or } without its pair</translation>
    </message>
    <message>
        <source>an answer file never holds the password: give it with --password-stdin or --password-from-keyring</source>
        <translation>an answer file never holds the password: give it with --password-stdin or --password-from-keyring</translation>
    </message>
    <message>
        <source>The answer file is not a JSON object.</source>
        <translation>The answer file is not a JSON object.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is not a field of an answer file</source>
        <translation>is not a field of an answer file</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>has a value of the wrong kind</source>
        <translation>has a value of the wrong kind</translation>
    </message>
    <message>
        <source>The answer file is not valid JSON (line %1, column %2).</source>
        <translation>The answer file is not valid JSON (line %1, column %2).</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <source>The answer file %1 cannot be read: %2</source>
        <translation>The answer file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The answer file %1 cannot be written: %2</source>
        <translation>The answer file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>{server} cannot be filled in: the server has no name</source>
        <translation>{server} cannot be filled in: the server has no name</translation>
    </message>
    <message>
        <source>rms-wizard answer file. operation: update (RMS 1.0 to SP1) or remove (SP1 back to 1.0). update: backup_dir (absent or empty), include_logging_db, import_statistics. remove: config_db (restore or keep) and, to restore, restore_from. Paths may hold {server} and {time}; relative paths are under the server&apos;s root. root: the server it was recorded on (rms-wizard replay --root overrides it). use_keyring: keep the password in the keyring. language: en or nl. The password is never written here.</source>
        <translation>rms-wizard answer file. operation: update (RMS 1.0 to SP1) or remove (SP1 back to 1.0). update: backup_dir (absent or empty), include_logging_db, import_statistics. remove: config_db (restore or keep) and, to restore, restore_from. Paths may hold {server} and {time}; relative paths are under the server&apos;s root. root: the server it was recorded on (rms-wizard replay --root overrides it). use_keyring: keep the password in the keyring. language: en or nl. The password is never written here.</translation>
    </message>
    <message>
        <source>The backup could not be written (nothing was kept): %1</source>
        <translation>The backup could not be written (nothing was kept): %1</translation>
    </message>
    <message>
        <source>The topology file %1 is nested too deeply.</source>
        <translation>The topology file %1 is nested too deeply.</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 contains a control character (such as NUL), which no folder name can hold.</source>
        <translation>The folder %1 of node %2 contains a control character (such as NUL), which no folder name can hold.</translation>
    </message>
    <message>
        <source>The install folder cannot be locked against other runs: %1</source>
        <translation>The install folder cannot be locked against other runs: %1</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>the database file cannot be opened</translation>
    </message>
    <message>
        <source>%1 was changed while this run was preparing, so its plan no longer fits the install. Nothing was changed; run the command again.</source>
        <translation>%1 was changed while this run was preparing, so its plan no longer fits the install. Nothing was changed; run the command again.</translation>
    </message>
    <message>
        <source>%1 became a link or stopped being a folder while the run was under way: the wizard wrote nothing through it (it could lead outside the install). Put the ordinary folder back, then run the command again.</source>
        <translation>%1 became a link or stopped being a folder while the run was under way: the wizard wrote nothing through it (it could lead outside the install). Put the ordinary folder back, then run the command again.</translation>
    </message>
    <message>
        <source>No sandbox or exported debrief was found in %1.</source>
        <translation>No sandbox or exported debrief was found in %1.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Class overview</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Time taken (s)</source>
        <translation>Time taken (s)</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>%1 runs. Items failed by half the class or more are marked: teach again.</source>
        <translation>%1 runs. Items failed by half the class or more are marked: teach again.</translation>
    </message>
    <message>
        <source>Time per page: %1</source>
        <translation>Time per page: %1</translation>
    </message>
    <message>
        <source>Hint taken</source>
        <translation>Hint taken</translation>
    </message>
    <message>
        <source>Trainee named</source>
        <translation>Trainee named</translation>
    </message>
    <message>
        <source>Page opened</source>
        <translation>Page opened</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Time taken: %1</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Trainee: %1</translation>
    </message>
    <message>
        <source>Hints taken: %1. Each hint costs %2% of its item&apos;s weight, at most %3% per item.</source>
        <translation>Hints taken: %1. Each hint costs %2% of its item&apos;s weight, at most %3% per item.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>the text is empty</translation>
    </message>
    <message>
        <source>this field is missing</source>
        <translation>this field is missing</translation>
    </message>
    <message>
        <source>there is no debrief item %1 (the items: %2)</source>
        <translation>there is no debrief item %1 (the items: %2)</translation>
    </message>
    <message>
        <source>the debrief item %1 does not apply to this scenario (it has: %2)</source>
        <translation>the debrief item %1 does not apply to this scenario (it has: %2)</translation>
    </message>
    <message>
        <source>the install has no file %1</source>
        <translation>the install has no file %1</translation>
    </message>
    <message>
        <source>it cannot be built: %1</source>
        <translation>it cannot be built: %1</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>not valid JSON (line %1, column %2)</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <source>(scenario): an object is needed here</source>
        <translation>(scenario): an object is needed here</translation>
    </message>
    <message>
        <source>The scenarios folder %1 does not exist.</source>
        <translation>The scenarios folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The trainer scenario %1 has the id %2, which another scenario already has: give it an id of its own.</source>
        <translation>The trainer scenario %1 has the id %2, which another scenario already has: give it an id of its own.</translation>
    </message>
    <message>
        <source>this field is not part of a scenario</source>
        <translation>this field is not part of a scenario</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>the list is empty</translation>
    </message>
    <message>
        <source>the value does not have the required form</source>
        <translation>the value does not have the required form</translation>
    </message>
    <message>
        <source>a text is needed here</source>
        <translation>a text is needed here</translation>
    </message>
    <message>
        <source>a whole number is needed here</source>
        <translation>a whole number is needed here</translation>
    </message>
    <message>
        <source>true or false is needed here</source>
        <translation>true or false is needed here</translation>
    </message>
    <message>
        <source>a list is needed here</source>
        <translation>a list is needed here</translation>
    </message>
    <message>
        <source>an object is needed here</source>
        <translation>an object is needed here</translation>
    </message>
    <message>
        <source>the number is too small</source>
        <translation>the number is too small</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <source>the value is not one of the allowed values</source>
        <translation>the value is not one of the allowed values</translation>
    </message>
    <message>
        <source>the combination of fields is not allowed</source>
        <translation>the combination of fields is not allowed</translation>
    </message>
    <message>
        <source>the value is not allowed</source>
        <translation>the value is not allowed</translation>
    </message>
    <message>
        <source>%1: the variable %2 is not declared in variables</source>
        <translation>%1: the variable %2 is not declared in variables</translation>
    </message>
    <message>
        <source>The backup folder %1 was replaced (by a link or another folder) while the backup was written: the backup was not kept. Choose the folder again and make a new backup.</source>
        <translation>The backup folder %1 was replaced (by a link or another folder) while the backup was written: the backup was not kept. Choose the folder again and make a new backup.</translation>
    </message>
    <message>
        <source>Choose a destination folder first.</source>
        <translation>Choose a destination folder first.</translation>
    </message>
    <message>
        <source>%1 is not a full folder path, such as %2. Choose another folder.</source>
        <translation>%1 is not a full folder path, such as %2. Choose another folder.</translation>
    </message>
    <message>
        <source>The folder %1 leads outside this server&apos;s files. Choose another folder.</source>
        <translation>The folder %1 leads outside this server&apos;s files. Choose another folder.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 is a file, not a folder. Choose another folder.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for SP1.</source>
        <translation>The folder %1 is not empty. Choose a new or empty folder for SP1.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for %1: SP1 needs %2 MB, %3 MB is free.</source>
        <translation>There is not enough free disk space for %1: SP1 needs %2 MB, %3 MB is free.</translation>
    </message>
    <message>
        <source>RMS is already installed on this server: a destination folder is chosen only for a fresh install.</source>
        <translation>RMS is already installed on this server: a destination folder is chosen only for a fresh install.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Update to RMS SP1</source>
        <translation>Update to RMS SP1</translation>
    </message>
    <message>
        <source>Removal of RMS SP1</source>
        <translation>Removal of RMS SP1</translation>
    </message>
    <message>
        <source>Update plan (nothing was changed)</source>
        <translation>Update plan (nothing was changed)</translation>
    </message>
    <message>
        <source>Recovery of an interrupted run</source>
        <translation>Recovery of an interrupted run</translation>
    </message>
    <message>
        <source>Repair of RMS SP1</source>
        <translation>Repair of RMS SP1</translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation>The run did not finish.</translation>
    </message>
    <message>
        <source>SP1 is installed. A working installation needs no re-provisioning and no extra configuration.</source>
        <translation>SP1 is installed. A working installation needs no re-provisioning and no extra configuration.</translation>
    </message>
    <message>
        <source>SP1 is removed: the server has its previous release.</source>
        <translation>SP1 is removed: the server has its previous release.</translation>
    </message>
    <message>
        <source>SP1 is repaired: its missing or damaged files were reinstalled.</source>
        <translation>SP1 is repaired: its missing or damaged files were reinstalled.</translation>
    </message>
    <message>
        <source>The interrupted run was rolled back: the install is as before it.</source>
        <translation>The interrupted run was rolled back: the install is as before it.</translation>
    </message>
    <message>
        <source>The interrupted run was completed.</source>
        <translation>The interrupted run was completed.</translation>
    </message>
    <message>
        <source>Nothing to recover.</source>
        <translation>Nothing to recover.</translation>
    </message>
    <message>
        <source>The plan was made; nothing was changed.</source>
        <translation>The plan was made; nothing was changed.</translation>
    </message>
    <message>
        <source>The run failed and every change was rolled back: the install is as before.</source>
        <translation>The run failed and every change was rolled back: the install is as before.</translation>
    </message>
    <message>
        <source>The run was cancelled and every change was rolled back.</source>
        <translation>The run was cancelled and every change was rolled back.</translation>
    </message>
    <message>
        <source>The run was refused before it changed anything.</source>
        <translation>The run was refused before it changed anything.</translation>
    </message>
    <message>
        <source>An interrupted run was found on this server: run the recovery first. Nothing was changed.</source>
        <translation>An interrupted run was found on this server: run the recovery first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The run failed and could not be rolled back completely: the install is not as before. Run the recovery once the cause is lifted.</source>
        <translation>The run failed and could not be rolled back completely: the install is not as before. Run the recovery once the cause is lifted.</translation>
    </message>
    <message>
        <source>The run stopped on an unexpected error; the setup log has the details.</source>
        <translation>The run stopped on an unexpected error; the setup log has the details.</translation>
    </message>
    <message>
        <source>interrupted run (%1)</source>
        <translation>interrupted run (%1)</translation>
    </message>
    <message>
        <source>inconsistent (%1)</source>
        <translation>inconsistent (%1)</translation>
    </message>
    <message>
        <source>RMS %1</source>
        <translation>RMS %1</translation>
    </message>
    <message>
        <source>configuration database</source>
        <translation>configuration database</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>private key</translation>
    </message>
    <message>
        <source>logging database</source>
        <translation>logging database</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Install folder</translation>
    </message>
    <message>
        <source>Sandbox (training)</source>
        <translation>Sandbox (training)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit code</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>The run</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Server name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster URL</source>
        <translation>Cluster URL</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forest</translation>
    </message>
    <message>
        <source>Program folder</source>
        <translation>Program folder</translation>
    </message>
    <message>
        <source>What detection noticed:</source>
        <translation>What detection noticed:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>After (planned)</source>
        <translation>After (planned)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>RMS release</source>
        <translation>RMS release</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>Component: %1</translation>
    </message>
    <message>
        <source>The release did not change.</source>
        <translation>The release did not change.</translation>
    </message>
    <message>
        <source>The server now runs SP1.</source>
        <translation>The server now runs SP1.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>No verified backup was recorded for this run.</source>
        <translation>No verified backup was recorded for this run.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Made on server</source>
        <translation>Made on server</translation>
    </message>
    <message>
        <source>Verified in this run</source>
        <translation>Verified in this run</translation>
    </message>
    <message>
        <source>Release at the time</source>
        <translation>Release at the time</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files added</source>
        <translation>Files added</translation>
    </message>
    <message>
        <source>Files replaced</source>
        <translation>Files replaced</translation>
    </message>
    <message>
        <source>Files kept</source>
        <translation>Files kept</translation>
    </message>
    <message>
        <source>Files kept because they were changed on this server</source>
        <translation>Files kept because they were changed on this server</translation>
    </message>
    <message>
        <source>Files in the plan</source>
        <translation>Files in the plan</translation>
    </message>
    <message>
        <source>Data to write</source>
        <translation>Data to write</translation>
    </message>
    <message>
        <source>Configuration database gets the SP1 fields</source>
        <translation>Configuration database gets the SP1 fields</translation>
    </message>
    <message>
        <source>Logging database recreated</source>
        <translation>Logging database recreated</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Installed version</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Files written</translation>
    </message>
    <message>
        <source>Data written</source>
        <translation>Data written</translation>
    </message>
    <message>
        <source>Past statistics imported (rows)</source>
        <translation>Past statistics imported (rows)</translation>
    </message>
    <message>
        <source>Originals restored</source>
        <translation>Originals restored</translation>
    </message>
    <message>
        <source>SP1 files removed</source>
        <translation>SP1 files removed</translation>
    </message>
    <message>
        <source>Configuration database restored from the backup</source>
        <translation>Configuration database restored from the backup</translation>
    </message>
    <message>
        <source>Configuration database</source>
        <translation>Configuration database</translation>
    </message>
    <message>
        <source>restore the backup made before SP1</source>
        <translation>restore the backup made before SP1</translation>
    </message>
    <message>
        <source>keep the SP1 database</source>
        <translation>keep the SP1 database</translation>
    </message>
    <message>
        <source>What removing SP1 does</source>
        <translation>What removing SP1 does</translation>
    </message>
    <message>
        <source>puts the original back</source>
        <translation>puts the original back</translation>
    </message>
    <message>
        <source>removes the file SP1 added</source>
        <translation>removes the file SP1 added</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Windows RMS SP1 Setup: run report</source>
        <translation>Windows RMS SP1 Setup: run report</translation>
    </message>
    <message>
        <source>The setup log of this run: %1</source>
        <translation>The setup log of this run: %1</translation>
    </message>
    <message>
        <source>No setup log was written for this run.</source>
        <translation>No setup log was written for this run.</translation>
    </message>
    <message>
        <source>sandbox (training)</source>
        <translation>sandbox (training)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Written by rms-wizard %1 on %2.</source>
        <translation>Written by rms-wizard %1 on %2.</translation>
    </message>
    <message>
        <source>Setup log</source>
        <translation>Setup log</translation>
    </message>
</context>
</TS>
