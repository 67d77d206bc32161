<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>PasswordField</name>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
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
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Add</source>
        <extracomment>The action of a row, for filtering (Qt.ItemDataRole.UserRole).</extracomment>
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
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Windows RMS Service Pack 1 Setup</source>
        <translation>Windows RMS Service Pack 1 Setup</translation>
    </message>
    <message>
        <source>Welcome.</source>
        <translation>Welcome.</translation>
    </message>
    <message>
        <source>Windows RMS SP1 Setup</source>
        <translation>Windows RMS SP1 Setup</translation>
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
        <source>plan and run a rolling SP1 rollout over clusters</source>
        <translation>plan and run a rolling SP1 rollout over clusters</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>Wave %1: %2</translation>
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
        <source>The database %1 cannot be read: %2</source>
        <translation>The database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <extracomment>The main binary of each component: its file version is the component&apos;s version.</extracomment>
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
        <extracomment>Registry value names under :data:`COMPONENTS_KEY`, per component id.</extracomment>
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
        <source>The server must contact Microsoft over the internet to enroll, as every RMS 1.0 server does.</source>
        <translation>The server must contact Microsoft over the internet to enroll, as every RMS 1.0 server does.</translation>
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
        <extracomment>The root keys a section may start with (upper case; compared case-insensitively). regedit wraps hex data once a line reaches this many characters (before the ````). How the registry stores text (and how string data inside ``hex(N)`` is encoded in 5.00 files). ``REGEDIT4`` files are in the ANSI code page: Western (1252) here. Its five unassigned bytes map to the same code points, as Windows&apos; MultiByteToWideChar does. Types whose ``hex(N)`` data is text: ANSI bytes in ``REGEDIT4`` files, UTF-16 LE in 5.00 ones.</extracomment>
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
        <source>the key appears twice</source>
        <translation>the key appears twice</translation>
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
        <source>the last line has no line break: the file is truncated</source>
        <translation>the last line has no line break: the file is truncated</translation>
    </message>
    <message>
        <source>The registry export %1 is not valid: line %2: %3</source>
        <translation>The registry export %1 is not valid: line %2: %3</translation>
    </message>
    <message>
        <source>The scenario file %1 is not valid: %2</source>
        <extracomment>Written when a drill&apos;s fault has been handed out, so a retry after the drill runs normally.</extracomment>
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
        <extracomment>Keyring service name of the real wizard. Keyring service name of the sandbox (a ``SecretStore(sandbox=True)`` only ever uses this one). The RMS server&apos;s key is RSA 2048. A PEM private key is a few KiB; anything larger is not one (and is not read into memory whole).</extracomment>
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
        <extracomment>The backend passwords go to (for a chainer: its first secure backend). None when ``backend`` is secure; otherwise the reason, for the admin.</extracomment>
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
        <extracomment>File steps are journaled in batches: one fsync per batch instead of two per file.</extracomment>
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
        <source>The plan names node %1 of cluster %2, which the topology does not have.</source>
        <extracomment>The private-key password: one for every node, or one per node (e.g. from the keyring). The apply&apos;s own progress while ``status`` is &quot;applying&quot;. The backup folder the node was updated with.</extracomment>
        <translation>The plan names node %1 of cluster %2, which the topology does not have.</translation>
    </message>
    <message>
        <source>Node %1 is the last node of cluster %2 in rotation; draining it would take the whole cluster out of service.</source>
        <translation>Node %1 is the last node of cluster %2 in rotation; draining it would take the whole cluster out of service.</translation>
    </message>
    <message>
        <source>The %1 name %2 cannot be used as a backup folder name.</source>
        <translation>The %1 name %2 cannot be used as a backup folder name.</translation>
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
        <extracomment>``job(progress, cancel) -&gt; result``: one core call, run on a worker thread. Translation context of the messages made here (not a widget, so no ``self.tr``). The class of the core error, so a page can tell e.g. a wrong password from a damaged key.</extracomment>
        <translation>Recovering the interrupted run</translation>
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
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <source>The run stopped on an unexpected error; the setup log has the details.</source>
        <translation>The run stopped on an unexpected error; the setup log has the details.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>replace</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>keep (changed on this server)</source>
        <translation>keep (changed on this server)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>administration site</source>
        <translation>administration site</translation>
    </message>
    <message>
        <source>logging</source>
        <translation>logging</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
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
        <source>root certification server</source>
        <translation>root certification server</translation>
    </message>
    <message>
        <source>licensing server</source>
        <translation>licensing server</translation>
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
