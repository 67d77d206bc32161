<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>PasswordField</name>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Weergeven</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Wachtwoord weergeven</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Add</source>
        <extracomment>The action of a row, for filtering (Qt.ItemDataRole.UserRole).</extracomment>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Keep (changed by you)</source>
        <translation>Behouden (door u gewijzigd)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logboekregistratie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Geïnstalleerd</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>Sandbox: %1. Practice only; no real server is changed.</source>
        <translation>Sandbox: %1. Alleen om te oefenen; er wordt geen echte server gewijzigd.</translation>
    </message>
    <message>
        <source>Sandbox: practice only; no real server is changed.</source>
        <translation>Sandbox: alleen om te oefenen; er wordt geen echte server gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Windows RMS Service Pack 1 Setup</source>
        <translation>Setup van Windows RMS Service Pack 1</translation>
    </message>
    <message>
        <source>Welcome.</source>
        <translation>Welkom.</translation>
    </message>
    <message>
        <source>Windows RMS SP1 Setup</source>
        <translation>Setup van Windows RMS SP1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>rms-wizard: usage error: %1</source>
        <translation>rms-wizard: onjuist gebruik: %1</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin or --password-from-keyring.</source>
        <translation>Geef het wachtwoord op met --password-stdin of --password-from-keyring.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Het wachtwoord is leeg.</translation>
    </message>
    <message>
        <source>No password for server %1 is stored in the keyring (%2).</source>
        <translation>Er is geen wachtwoord voor server %1 opgeslagen in de sleutelbos (%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Install state: %1</source>
        <translation>Installatiestatus: %1</translation>
    </message>
    <message>
        <source>RMS version: %1</source>
        <translation>RMS-versie: %1</translation>
    </message>
    <message>
        <source>Server: %1 (%2), cluster %3, forest %4</source>
        <translation>Server: %1 (%2), cluster %3, forest %4</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <source>Add: %1, replace: %2, keep: %3, keep (modified): %4</source>
        <translation>Toevoegen: %1, vervangen: %2, behouden: %3, behouden (gewijzigd): %4</translation>
    </message>
    <message>
        <source>The configuration database gets the SP1 fields.</source>
        <translation>De configuratiedatabase krijgt de SP1-velden.</translation>
    </message>
    <message>
        <source>Backup written and verified in %1</source>
        <translation>Back-up gemaakt en gecontroleerd in %1</translation>
    </message>
    <message>
        <source>SP1 is installed: %1 files written. No re-provisioning or extra configuration is needed.</source>
        <translation>SP1 is geïnstalleerd: %1 bestanden geschreven. Opnieuw inrichten of extra configuratie is niet nodig.</translation>
    </message>
    <message>
        <source>SP1 is removed: %1 files restored, %2 removed.</source>
        <translation>SP1 is verwijderd: %1 bestanden hersteld, %2 verwijderd.</translation>
    </message>
    <message>
        <source>The interrupted run was rolled back.</source>
        <translation>De onderbroken uitvoering is teruggedraaid.</translation>
    </message>
    <message>
        <source>The interrupted run was completed.</source>
        <translation>De onderbroken uitvoering is voltooid.</translation>
    </message>
    <message>
        <source>Nothing to recover.</source>
        <translation>Er is niets te herstellen.</translation>
    </message>
    <message>
        <source>The install is exactly RMS %1.</source>
        <translation>De installatie is precies RMS %1.</translation>
    </message>
    <message>
        <source>  changed by an admin (kept): %1</source>
        <translation>  gewijzigd door een beheerder (behouden): %1</translation>
    </message>
    <message>
        <source>The install is not in a known state:</source>
        <translation>De installatie is niet in een bekende toestand:</translation>
    </message>
    <message>
        <source>Scenario %1 is ready in %2</source>
        <translation>Scenario %1 staat klaar in %2</translation>
    </message>
    <message>
        <source>Update a Windows RMS 1.0 server to SP1, and back. Without a command, the wizard opens.</source>
        <translation>Een Windows RMS 1.0-server bijwerken naar SP1, en weer terug. Zonder opdracht wordt de wizard geopend.</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>taal van de meldingen</translation>
    </message>
    <message>
        <source>also write the verbose setup log to FILE</source>
        <translation>ook het uitgebreide installatielogboek naar FILE schrijven</translation>
    </message>
    <message>
        <source>write an HTML report of the run to FILE</source>
        <translation>een HTML-rapport van de uitvoering naar FILE schrijven</translation>
    </message>
    <message>
        <source>open the wizard in sandbox mode on a fresh copy of SCENARIO</source>
        <translation>de wizard openen in sandboxmodus op een nieuwe kopie van SCENARIO</translation>
    </message>
    <message>
        <source>the install folder (mock server root)</source>
        <translation>de installatiemap (hoofdmap van de nagebootste server)</translation>
    </message>
    <message>
        <source>read the private-key password from standard input</source>
        <translation>het wachtwoord van de persoonlijke sleutel lezen van standaardinvoer</translation>
    </message>
    <message>
        <source>take the private-key password from the keyring</source>
        <translation>het wachtwoord van de persoonlijke sleutel uit de sleutelbos halen</translation>
    </message>
    <message>
        <source>show what is installed</source>
        <translation>weergeven wat er is geïnstalleerd</translation>
    </message>
    <message>
        <source>show what the SP1 update would do, file by file</source>
        <translation>per bestand weergeven wat de SP1-update zou doen</translation>
    </message>
    <message>
        <source>back up the configuration database and the private key</source>
        <translation>een back-up maken van de configuratiedatabase en de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>apply SP1 (needs a verified backup)</source>
        <translation>SP1 installeren (vereist een gecontroleerde back-up)</translation>
    </message>
    <message>
        <source>bring past statistics from the backed-up logging database back</source>
        <translation>eerder vastgelegde statistische gegevens terugzetten uit de back-up van de logboekdatabase</translation>
    </message>
    <message>
        <source>remove SP1 and restore the previous state</source>
        <translation>SP1 verwijderen en de vorige toestand herstellen</translation>
    </message>
    <message>
        <source>roll back or complete an interrupted run</source>
        <translation>een onderbroken uitvoering terugdraaien of voltooien</translation>
    </message>
    <message>
        <source>check that the install is exactly a known state</source>
        <translation>controleren of de installatie precies een bekende toestand heeft</translation>
    </message>
    <message>
        <source>list the sandbox training scenarios</source>
        <translation>de trainingsscenario&apos;s voor de sandbox weergeven</translation>
    </message>
    <message>
        <source>create or reset a sandbox</source>
        <translation>een sandbox maken of opnieuw instellen</translation>
    </message>
    <message>
        <source>show the 1.0/SP1 interoperability matrix cell</source>
        <translation>de cel van de interoperabiliteitstabel 1.0/SP1 weergeven</translation>
    </message>
    <message>
        <source>rms-wizard: cancelled; every change was rolled back.</source>
        <translation>rms-wizard: geannuleerd; alle wijzigingen zijn teruggedraaid.</translation>
    </message>
    <message>
        <source>rms-wizard: unexpected error; details are in the log %1</source>
        <translation>rms-wizard: onverwachte fout; details staan in het logboek %1</translation>
    </message>
    <message>
        <source>plan and run a rolling SP1 rollout over clusters</source>
        <translation>een gefaseerde uitrol van SP1 over clusters plannen en uitvoeren</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>Golf %1: %2</translation>
    </message>
    <message>
        <source>rms-wizard: --report is written by apply, uninstall, plan and recover only.</source>
        <translation>rms-wizard: --report wordt alleen geschreven door apply, uninstall, plan en recover.</translation>
    </message>
    <message>
        <source>rms-wizard: the report could not be written: %1</source>
        <translation>rms-wizard: het rapport kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport geschreven naar %1</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Cannot write the Ansible files to %1: %2</source>
        <translation>Kan de Ansible-bestanden niet naar %1 schrijven: %2</translation>
    </message>
    <message>
        <source>The node name %1 cannot be an Ansible host name (use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>De knooppuntnaam %1 kan geen Ansible-hostnaam zijn (gebruik letters, cijfers, &apos;.&apos;, &apos;-&apos; en &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 contains a template marker ({{, {% or {#) that Ansible would evaluate.</source>
        <translation>De map %1 van knooppunt %2 bevat een sjabloonteken ({{, {% of {#) dat Ansible zou uitvoeren.</translation>
    </message>
    <message>
        <source>The wizard command %1 is not a single command line for Ansible.</source>
        <translation>De wizardopdracht %1 is voor Ansible geen enkele opdrachtregel.</translation>
    </message>
    <message>
        <source>The SP1 payload file %1 is damaged.</source>
        <translation>Het bestand %1 uit het SP1-installatiepakket is beschadigd.</translation>
    </message>
    <message>
        <source>SP1 is already installed: nothing to update.</source>
        <translation>SP1 is al geïnstalleerd: er is niets bij te werken.</translation>
    </message>
    <message>
        <source>A verified backup of the configuration database and the private key is required before updating.</source>
        <translation>Voordat u bijwerkt, is een gecontroleerde back-up van de configuratiedatabase en de persoonlijke sleutel vereist.</translation>
    </message>
    <message>
        <source>The update failed and was rolled back: %1</source>
        <translation>De update is mislukt en teruggedraaid: %1</translation>
    </message>
    <message>
        <source>The backup in %1 cannot be used: %2</source>
        <translation>De back-up in %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>This server has no configuration database to back up.</source>
        <translation>Deze server heeft geen configuratiedatabase om een back-up van te maken.</translation>
    </message>
    <message>
        <source>This server has no private key file to back up.</source>
        <translation>Deze server heeft geen bestand met een persoonlijke sleutel om een back-up van te maken.</translation>
    </message>
    <message>
        <source>The folder %1 exists and is not empty.</source>
        <translation>De map %1 bestaat al en is niet leeg.</translation>
    </message>
    <message>
        <source>This server has no logging database to back up.</source>
        <translation>Deze server heeft geen logboekdatabase om een back-up van te maken.</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Back-up maken van %1</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>it has no backup.json</source>
        <translation>backup.json ontbreekt</translation>
    </message>
    <message>
        <source>backup.json is damaged</source>
        <translation>backup.json is beschadigd</translation>
    </message>
    <message>
        <source>it does not contain the %1</source>
        <translation>%1 ontbreekt in de back-up</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 ontbreekt</translation>
    </message>
    <message>
        <source>%1 was changed after the backup was made</source>
        <translation>%1 is gewijzigd nadat de back-up is gemaakt</translation>
    </message>
    <message>
        <source>%1 fails the integrity check</source>
        <translation>%1 voldoet niet aan de integriteitscontrole</translation>
    </message>
    <message>
        <source>it was made on server %1, not on %2</source>
        <translation>de back-up is gemaakt op server %1, niet op %2</translation>
    </message>
    <message>
        <source>The topology file %1 does not exist.</source>
        <translation>Het topologiebestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The topology file %1 is not UTF-8 text.</source>
        <translation>Het topologiebestand %1 is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The topology file %1 cannot be read: %2</source>
        <translation>Het topologiebestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The topology file %1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>Het topologiebestand %1 is geen geldige JSON (regel %2, kolom %3: %4).</translation>
    </message>
    <message>
        <source>The topology file %1 does not have the expected form: %2</source>
        <translation>Het topologiebestand %1 heeft niet de verwachte vorm: %2</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 is an absolute path; give it relative to the topology file&apos;s folder.</source>
        <translation>De map %1 van knooppunt %2 is een absoluut pad; geef het pad op ten opzichte van de map van het topologiebestand.</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 contains &apos;..&apos;; it must stay inside the topology file&apos;s folder.</source>
        <translation>De map %1 van knooppunt %2 bevat &apos;..&apos;; het pad moet binnen de map van het topologiebestand blijven.</translation>
    </message>
    <message>
        <source>Forest %1 is declared twice.</source>
        <translation>Forest %1 is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>Two clusters have the id %1.</source>
        <translation>Twee clusters hebben de id %1.</translation>
    </message>
    <message>
        <source>Cluster %1 is in forest %2, which the topology does not declare.</source>
        <translation>Cluster %1 staat in forest %2, maar die forest komt niet voor in de topologie.</translation>
    </message>
    <message>
        <source>Cluster %1 has no nodes.</source>
        <translation>Cluster %1 heeft geen knooppunten.</translation>
    </message>
    <message>
        <source>The node name %1 is used more than once (in clusters %2).</source>
        <translation>De knooppuntnaam %1 wordt meer dan eens gebruikt (in clusters %2).</translation>
    </message>
    <message>
        <source>The parent links of clusters %1 form a cycle.</source>
        <translation>De bovenliggende koppelingen van clusters %1 vormen een kringloop.</translation>
    </message>
    <message>
        <source>Root certification cluster %1 has a parent (%2); only licensing clusters are sub-enrolled to another cluster.</source>
        <translation>Basiscertificeringscluster %1 heeft een bovenliggende cluster (%2); alleen licentieclusters worden subingeschreven bij een andere cluster.</translation>
    </message>
    <message>
        <source>Licensing cluster %1 does not name the root certification cluster it is sub-enrolled to.</source>
        <translation>Licentiecluster %1 noemt niet het basiscertificeringscluster waarbij het is subingeschreven.</translation>
    </message>
    <message>
        <source>Licensing cluster %1 is sub-enrolled to %2, which is not in the topology.</source>
        <translation>Licentiecluster %1 is subingeschreven bij %2, maar die cluster komt niet voor in de topologie.</translation>
    </message>
    <message>
        <source>Licensing cluster %1 is sub-enrolled to %2, which is not a root certification cluster.</source>
        <translation>Licentiecluster %1 is subingeschreven bij %2, maar dat is geen basiscertificeringscluster.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 (got %1).</source>
        <translation>De batchgrootte moet minstens 1 zijn (opgegeven: %1).</translation>
    </message>
    <message>
        <source>Cluster %1 has no node in rotation: it serves no requests now.</source>
        <translation>Cluster %1 heeft geen actief knooppunt: de cluster verwerkt nu geen aanvragen.</translation>
    </message>
    <message>
        <source>Cluster %1 has a single node in rotation (%2): the cluster is out of service while that node is updated.</source>
        <translation>Cluster %1 heeft maar één actief knooppunt (%2): de cluster is buiten dienst zolang dat knooppunt wordt bijgewerkt.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>De database %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <extracomment>The main binary of each component: its file version is the component&apos;s version.</extracomment>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>%1 is not a server install: it has no registry export (registry.reg).</source>
        <translation>%1 is geen serverinstallatie: er is geen registerexport (registry.reg).</translation>
    </message>
    <message>
        <source>%1 is a link that points outside %2.</source>
        <translation>%1 is een koppeling die buiten %2 verwijst.</translation>
    </message>
    <message>
        <source>%1 is a link that cannot be followed (a loop).</source>
        <translation>%1 is een koppeling die niet kan worden gevolgd (een lus).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>Registry value names under :data:`COMPONENTS_KEY`, per component id.</extracomment>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a file.</source>
        <translation>Kan %1 niet lezen: het is geen bestand.</translation>
    </message>
    <message>
        <source>The registry holds an invalid path: %1</source>
        <translation>Het register bevat een ongeldig pad: %1</translation>
    </message>
    <message>
        <source>The install folder %1 is missing.</source>
        <translation>De installatiemap %1 ontbreekt.</translation>
    </message>
    <message>
        <source>The registry holds no known RMS product version.</source>
        <translation>Het register bevat geen bekende productversie van RMS.</translation>
    </message>
    <message>
        <source>The file %1 is missing.</source>
        <translation>Het bestand %1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 has the SP1 version %2, but the registry says 1.0.</source>
        <translation>%1 heeft de SP1-versie %2, maar volgens het register is 1.0 geïnstalleerd.</translation>
    </message>
    <message>
        <source>%1 has the 1.0 version %2, but the registry says SP1.</source>
        <translation>%1 heeft de 1.0-versie %2, maar volgens het register is SP1 geïnstalleerd.</translation>
    </message>
    <message>
        <source>Offline enrollment</source>
        <translation>Offline-inschrijving</translation>
    </message>
    <message>
        <source>The server can enroll without contacting Microsoft over the internet. Only SP1 servers support this.</source>
        <translation>De server kan zich inschrijven zonder via internet verbinding te maken met Microsoft. Alleen SP1-servers ondersteunen dit.</translation>
    </message>
    <message>
        <source>Server enrolls over the internet</source>
        <translation>Server schrijft zich in via internet</translation>
    </message>
    <message>
        <source>The server must contact Microsoft over the internet to enroll, as every RMS 1.0 server does.</source>
        <translation>De server moet via internet verbinding maken met Microsoft om zich in te schrijven, zoals elke RMS 1.0-server.</translation>
    </message>
    <message>
        <source>Self-activating clients</source>
        <translation>Zelfactiverende clients</translation>
    </message>
    <message>
        <source>Clients activate themselves without downloading a lockbox from Microsoft. Only SP1 clients are self-activating.</source>
        <translation>Clients activeren zichzelf zonder een lockbox te downloaden van Microsoft. Alleen SP1-clients zijn zelfactiverend.</translation>
    </message>
    <message>
        <source>Version 1.0 clients activate over the internet</source>
        <translation>Versie 1.0-clients activeren via internet</translation>
    </message>
    <message>
        <source>Clients that still run RMS client 1.0 must contact Microsoft over the internet to activate.</source>
        <translation>Clients die nog RMS-client 1.0 gebruiken, moeten via internet verbinding maken met Microsoft om te activeren.</translation>
    </message>
    <message>
        <source>Server lockbox</source>
        <translation>Server-lockbox</translation>
    </message>
    <message>
        <source>The SP1 client&apos;s server lockbox (server security processor) serves server-side applications such as SharePoint services and Exchange 2003.</source>
        <translation>De server-lockbox (server security processor) van de SP1-client bedient serverzijdetoepassingen zoals SharePoint Services en Exchange 2003.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Geen clients</translation>
    </message>
    <message>
        <source>SP1 clients only</source>
        <translation>Alleen SP1-clients</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle clients</translation>
    </message>
    <message>
        <source>Unknown server version %1 (expected %2).</source>
        <translation>Onbekende serverversie %1 (verwacht: %2).</translation>
    </message>
    <message>
        <source>Unknown client mix %1 (expected %2).</source>
        <translation>Onbekende clientmix %1 (verwacht: %2).</translation>
    </message>
    <message>
        <source>Unknown RMS client version %1 (expected %2).</source>
        <translation>Onbekende versie van de RMS-client %1 (verwacht: %2).</translation>
    </message>
    <message>
        <source>No computer runs an RMS client, so no client mix applies.</source>
        <translation>Geen enkele computer gebruikt een RMS-client, dus er is geen clientmix van toepassing.</translation>
    </message>
    <message>
        <source>The payload file %1 is missing.</source>
        <translation>Het bestand %1 ontbreekt in het installatiepakket.</translation>
    </message>
    <message>
        <source>The payload file %1 points outside the payload.</source>
        <translation>Het bestand %1 verwijst naar een locatie buiten het installatiepakket.</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1: %2</source>
        <translation>Kan het manifest %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON: %2</source>
        <translation>Het manifest %1 is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid: %2: %3</source>
        <translation>Het manifest %1 is ongeldig: %2: %3</translation>
    </message>
    <message>
        <source>New in SP1.</source>
        <translation>Nieuw in SP1.</translation>
    </message>
    <message>
        <source>The installed version %1 is lower than SP1&apos;s %2.</source>
        <translation>De geïnstalleerde versie %1 is lager dan versie %2 van SP1.</translation>
    </message>
    <message>
        <source>The same version (%1) is already installed.</source>
        <translation>Dezelfde versie (%1) is al geïnstalleerd.</translation>
    </message>
    <message>
        <source>The installed version %1 is higher than SP1&apos;s %2: never downgraded.</source>
        <translation>De geïnstalleerde versie %1 is hoger dan versie %2 van SP1: er wordt nooit een oudere versie teruggezet.</translation>
    </message>
    <message>
        <source>SP1&apos;s versioned file (%1) replaces an unversioned file.</source>
        <translation>Het bestand met versie (%1) van SP1 vervangt een bestand zonder versie.</translation>
    </message>
    <message>
        <source>The installed file has a version (%1); an unversioned file never replaces it.</source>
        <translation>Het geïnstalleerde bestand heeft een versie (%1); een bestand zonder versie vervangt het nooit.</translation>
    </message>
    <message>
        <source>Already identical to SP1&apos;s file.</source>
        <translation>Al gelijk aan het bestand van SP1.</translation>
    </message>
    <message>
        <source>Unchanged since RMS 1.0 installed it; SP1 updates it.</source>
        <translation>Ongewijzigd sinds de installatie van RMS 1.0; SP1 werkt het bij.</translation>
    </message>
    <message>
        <source>Changed on this server since RMS 1.0 installed it: your changes are kept.</source>
        <translation>Op deze server gewijzigd sinds de installatie van RMS 1.0: uw wijzigingen blijven behouden.</translation>
    </message>
    <message>
        <source>Another run is changing this install. Wait until it has finished.</source>
        <translation>Een andere uitvoering wijzigt deze installatie. Wacht tot die is voltooid.</translation>
    </message>
    <message>
        <source>An interrupted update was found on this server. Run recover first.</source>
        <translation>Op deze server is een onderbroken update gevonden. Voer eerst recover uit.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The RMS install is inconsistent (%1). Repair it before updating.</source>
        <translation>De RMS-installatie is inconsistent (%1). Herstel de installatie voordat u bijwerkt.</translation>
    </message>
    <message>
        <source>RMS is not installed: SP1 installs fresh.</source>
        <translation>RMS is niet geïnstalleerd: SP1 wordt als nieuwe installatie geïnstalleerd.</translation>
    </message>
    <message>
        <source>No RMS install was found. SP1 will be installed fresh; provision the server afterwards from the administration site.</source>
        <translation>Er is geen RMS-installatie gevonden. SP1 wordt als nieuwe installatie geïnstalleerd; richt de server daarna in via de beheersite.</translation>
    </message>
    <message>
        <source>Files you changed since RMS 1.0 are kept as they are; review them after the update.</source>
        <translation>Bestanden die u sinds RMS 1.0 hebt gewijzigd, blijven ongewijzigd; controleer ze na de update.</translation>
    </message>
    <message>
        <source>SP1 recreates the logging database with its new schema: past statistics are not carried over unless you backed it up.</source>
        <translation>SP1 maakt de logboekdatabase opnieuw met het nieuwe schema: eerder vastgelegde statistische gegevens worden niet overgenomen, tenzij u er een back-up van hebt gemaakt.</translation>
    </message>
    <message>
        <source>not UTF-16 or UTF-8 text</source>
        <extracomment>The root keys a section may start with (upper case; compared case-insensitively). regedit wraps hex data once a line reaches this many characters (before the ````). How the registry stores text (and how string data inside ``hex(N)`` is encoded in 5.00 files). ``REGEDIT4`` files are in the ANSI code page: Western (1252) here. Its five unassigned bytes map to the same code points, as Windows&apos; MultiByteToWideChar does. Types whose ``hex(N)`` data is text: ANSI bytes in ``REGEDIT4`` files, UTF-16 LE in 5.00 ones.</extracomment>
        <translation>geen UTF-16- of UTF-8-tekst</translation>
    </message>
    <message>
        <source>the UTF-16 text is truncated (odd number of bytes)</source>
        <translation>de UTF-16-tekst is afgekapt (oneven aantal bytes)</translation>
    </message>
    <message>
        <source>missing header</source>
        <translation>koptekst ontbreekt</translation>
    </message>
    <message>
        <source>expected a [key], a value or a ; comment</source>
        <translation>verwacht: een [sleutel], een waarde of een ;-opmerking</translation>
    </message>
    <message>
        <source>unterminated key name</source>
        <translation>niet-afgesloten sleutelnaam</translation>
    </message>
    <message>
        <source>bad key path</source>
        <translation>ongeldig sleutelpad</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>de sleutel komt twee keer voor</translation>
    </message>
    <message>
        <source>value outside any key</source>
        <translation>waarde buiten een sleutel</translation>
    </message>
    <message>
        <source>value under a deleted key</source>
        <translation>waarde onder een verwijderde sleutel</translation>
    </message>
    <message>
        <source>the value appears twice in its key</source>
        <translation>de waarde komt twee keer voor in de sleutel</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>niet-afgesloten tekenreeks</translation>
    </message>
    <message>
        <source>bad escape sequence (only \\ and \&quot; are allowed)</source>
        <translation>ongeldige escapereeks (alleen \\ en \&quot; zijn toegestaan)</translation>
    </message>
    <message>
        <source>expected = after the value name</source>
        <translation>verwacht: = na de naam van de waarde</translation>
    </message>
    <message>
        <source>unknown value type</source>
        <translation>onbekend waardetype</translation>
    </message>
    <message>
        <source>bad dword value</source>
        <translation>ongeldige dword-waarde</translation>
    </message>
    <message>
        <source>bad hex(...) type</source>
        <translation>ongeldig hex(...)-type</translation>
    </message>
    <message>
        <source>bad hex data</source>
        <translation>ongeldige hexadecimale gegevens</translation>
    </message>
    <message>
        <source>hex data ends with a continuation</source>
        <translation>hexadecimale gegevens eindigen met een vervolgteken</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>onverwachte tekst na de waarde</translation>
    </message>
    <message>
        <source>the last line has no line break: the file is truncated</source>
        <translation>de laatste regel heeft geen regeleinde: het bestand is afgekapt</translation>
    </message>
    <message>
        <source>The registry export %1 is not valid: line %2: %3</source>
        <translation>De registerexport %1 is ongeldig: regel %2: %3</translation>
    </message>
    <message>
        <source>The scenario file %1 is not valid: %2</source>
        <extracomment>Written when a drill&apos;s fault has been handed out, so a retry after the drill runs normally.</extracomment>
        <translation>Het scenariobestand %1 is ongeldig: %2</translation>
    </message>
    <message>
        <source>Unknown scenario %1. Known scenarios: %2</source>
        <translation>Onbekend scenario %1. Bekende scenario&apos;s: %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox folder made by this tool.</source>
        <translation>%1 is geen sandboxmap die door dit programma is gemaakt.</translation>
    </message>
    <message>
        <source>The private-key password must not be empty.</source>
        <extracomment>Keyring service name of the real wizard. Keyring service name of the sandbox (a ``SecretStore(sandbox=True)`` only ever uses this one). The RMS server&apos;s key is RSA 2048. A PEM private key is a few KiB; anything larger is not one (and is not read into memory whole).</extracomment>
        <translation>Het wachtwoord van de persoonlijke sleutel mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be written: %2.</source>
        <translation>De persoonlijke sleutel %1 kan niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a PEM-encoded private key.</source>
        <translation>Het bestand %1 is geen PEM-gecodeerde persoonlijke sleutel.</translation>
    </message>
    <message>
        <source>The file %1 holds no private key (it may be a certificate or a public key).</source>
        <translation>Het bestand %1 bevat geen persoonlijke sleutel (het is mogelijk een certificaat of een openbare sleutel).</translation>
    </message>
    <message>
        <source>The password does not open the private key %1.</source>
        <translation>Het wachtwoord opent de persoonlijke sleutel %1 niet.</translation>
    </message>
    <message>
        <source>The private key %1 is not encrypted; RMS needs it protected by a password.</source>
        <translation>De persoonlijke sleutel %1 is niet versleuteld; RMS vereist dat deze met een wachtwoord is beveiligd.</translation>
    </message>
    <message>
        <source>The private key %1 is damaged or truncated.</source>
        <translation>De persoonlijke sleutel %1 is beschadigd of afgekapt.</translation>
    </message>
    <message>
        <source>The private key %1 does not exist.</source>
        <translation>De persoonlijke sleutel %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: %2.</source>
        <translation>De persoonlijke sleutel %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The server name %1 is not valid.</source>
        <translation>De servernaam %1 is ongeldig.</translation>
    </message>
    <message>
        <source>The cluster id %1 is not valid.</source>
        <translation>De cluster-id %1 is ongeldig.</translation>
    </message>
    <message>
        <source>No system keyring is available (the keyring backend is %1).</source>
        <extracomment>The backend passwords go to (for a chainer: its first secure backend). None when ``backend`` is secure; otherwise the reason, for the admin.</extracomment>
        <translation>Er is geen sleutelbos van het systeem beschikbaar (de sleutelbos-backend is %1).</translation>
    </message>
    <message>
        <source>The keyring is switched off (backend %1).</source>
        <translation>De sleutelbos is uitgeschakeld (backend %1).</translation>
    </message>
    <message>
        <source>The keyring backend %1 keeps passwords in a file without encryption.</source>
        <translation>De sleutelbos-backend %1 bewaart wachtwoorden onversleuteld in een bestand.</translation>
    </message>
    <message>
        <source>None of the keyring backends is secure: %1.</source>
        <translation>Geen van de sleutelbos-backends is veilig: %1.</translation>
    </message>
    <message>
        <source>The keyring could not be initialised: %1.</source>
        <translation>De sleutelbos kan niet worden geïnitialiseerd: %1.</translation>
    </message>
    <message>
        <source>The keyring %1 could not store the password for %2: %3.</source>
        <translation>De sleutelbos %1 kan het wachtwoord voor %2 niet opslaan: %3.</translation>
    </message>
    <message>
        <source>The keyring %1 could not read the password for %2: %3.</source>
        <translation>De sleutelbos %1 kan het wachtwoord voor %2 niet lezen: %3.</translation>
    </message>
    <message>
        <source>The keyring %1 could not delete the password for %2: %3.</source>
        <translation>De sleutelbos %1 kan het wachtwoord voor %2 niet verwijderen: %3.</translation>
    </message>
    <message>
        <source>Unknown fault injection setting: %1</source>
        <extracomment>File steps are journaled in batches: one fsync per batch instead of two per file.</extracomment>
        <translation>Onbekende instelling voor foutinjectie: %1</translation>
    </message>
    <message>
        <source>Another run (process %1) is changing this install. Wait until it has finished.</source>
        <translation>Een andere uitvoering (proces %1) wijzigt deze installatie. Wacht tot die is voltooid.</translation>
    </message>
    <message>
        <source>A previous run on this install was interrupted. Run recover first.</source>
        <translation>Een eerdere uitvoering op deze installatie is onderbroken. Voer eerst recover uit.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Preparing the new files</source>
        <translation>De nieuwe bestanden voorbereiden</translation>
    </message>
    <message>
        <source>Adding the SP1 fields to the configuration database</source>
        <translation>De SP1-velden toevoegen aan de configuratiedatabase</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>Opruimen</translation>
    </message>
    <message>
        <source>Recording the new version in the registry</source>
        <translation>De nieuwe versie vastleggen in het register</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>%1 installeren</translation>
    </message>
    <message>
        <source>The rollback store of this SP1 install is missing, so the RMS 1.0 files cannot be put back. What can still be restored: the configuration database, from the backup made before SP1. To return to 1.0, reinstall RMS 1.0 from its media and then restore that backup.</source>
        <translation>De terugdraaigegevens van deze SP1-installatie ontbreken, dus de bestanden van RMS 1.0 kunnen niet worden teruggezet. Wat nog wel kan worden hersteld: de configuratiedatabase, uit de back-up die vóór SP1 is gemaakt. Als u wilt terugkeren naar 1.0, installeert u RMS 1.0 opnieuw vanaf de installatiemedia en herstelt u daarna die back-up.</translation>
    </message>
    <message>
        <source>SP1 is not installed on this server: nothing to remove.</source>
        <translation>SP1 is niet geïnstalleerd op deze server: er is niets te verwijderen.</translation>
    </message>
    <message>
        <source>The backup&apos;s private-key password is required.</source>
        <translation>Het wachtwoord van de persoonlijke sleutel in de back-up is vereist.</translation>
    </message>
    <message>
        <source>This server has no configuration database to restore.</source>
        <translation>Deze server heeft geen configuratiedatabase om te herstellen.</translation>
    </message>
    <message>
        <source>SP1 was installed fresh, so there is no earlier RMS to return to: RMS is removed; the databases and the private key are kept.</source>
        <translation>SP1 is als nieuwe installatie geïnstalleerd, dus er is geen eerdere RMS-versie om naar terug te keren: RMS wordt verwijderd; de databases en de persoonlijke sleutel blijven behouden.</translation>
    </message>
    <message>
        <source>The SP1 configuration database is kept: RMS 1.0 ignores the fields SP1 added and does not use them.</source>
        <translation>De SP1-configuratiedatabase blijft behouden: RMS 1.0 negeert de velden die SP1 heeft toegevoegd en gebruikt ze niet.</translation>
    </message>
    <message>
        <source>Removing SP1 failed and was rolled back: %1</source>
        <translation>Het verwijderen van SP1 is mislukt en teruggedraaid: %1</translation>
    </message>
    <message>
        <source>An interrupted run was found.</source>
        <translation>Er is een onderbroken uitvoering gevonden.</translation>
    </message>
    <message>
        <source>No RMS install was found.</source>
        <translation>Er is geen RMS-installatie gevonden.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 differs from the expected file.</source>
        <translation>%1 wijkt af van het verwachte bestand.</translation>
    </message>
    <message>
        <source>%1 is not part of this release.</source>
        <translation>%1 hoort niet bij deze release.</translation>
    </message>
    <message>
        <source>The plan names node %1 of cluster %2, which the topology does not have.</source>
        <extracomment>The private-key password: one for every node, or one per node (e.g. from the keyring). The apply&apos;s own progress while ``status`` is &quot;applying&quot;. The backup folder the node was updated with.</extracomment>
        <translation>Het plan noemt knooppunt %1 van cluster %2, maar dat knooppunt komt niet voor in de topologie.</translation>
    </message>
    <message>
        <source>Node %1 is the last node of cluster %2 in rotation; draining it would take the whole cluster out of service.</source>
        <translation>Knooppunt %1 is het laatste actieve knooppunt van cluster %2; als u het uit de rotatie haalt, is de hele cluster buiten dienst.</translation>
    </message>
    <message>
        <source>The %1 name %2 cannot be used as a backup folder name.</source>
        <translation>De %1-naam %2 kan niet worden gebruikt als naam van een back-upmap.</translation>
    </message>
    <message>
        <source>The install at %1 is server %2, not node %3 of the topology.</source>
        <translation>De installatie in %1 is server %2, niet knooppunt %3 uit de topologie.</translation>
    </message>
    <message>
        <source>Node %1 was not updated: %2</source>
        <translation>Knooppunt %1 is niet bijgewerkt: %2</translation>
    </message>
    <message>
        <source>its install is not in a state that can be updated (%1).</source>
        <translation>de installatie heeft geen toestand die kan worden bijgewerkt (%1).</translation>
    </message>
    <message>
        <source>not SP1</source>
        <translation>geen SP1</translation>
    </message>
    <message>
        <source>the install is not exactly SP1 after the update (%1)</source>
        <translation>de installatie is na de update niet precies SP1 (%1)</translation>
    </message>
    <message>
        <source>At least one node must run at a time (got %1).</source>
        <translation>Er moet minstens één knooppunt tegelijk worden bijgewerkt (opgegeven: %1).</translation>
    </message>
    <message>
        <source>There is no node %1 to inject a fault into.</source>
        <translation>Er is geen knooppunt %1 om een fout in te injecteren.</translation>
    </message>
    <message>
        <source>The install folder %1 of node %2 does not exist.</source>
        <translation>De installatiemap %1 van knooppunt %2 bestaat niet.</translation>
    </message>
    <message>
        <source>Recovering the interrupted run</source>
        <extracomment>``job(progress, cancel) -&gt; result``: one core call, run on a worker thread. Translation context of the messages made here (not a widget, so no ``self.tr``). The class of the core error, so a page can tell e.g. a wrong password from a damaged key.</extracomment>
        <translation>De onderbroken uitvoering herstellen</translation>
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
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Update to RMS SP1</source>
        <translation>Update naar RMS SP1</translation>
    </message>
    <message>
        <source>Removal of RMS SP1</source>
        <translation>Verwijderen van RMS SP1</translation>
    </message>
    <message>
        <source>Update plan (nothing was changed)</source>
        <translation>Updateplan (er is niets gewijzigd)</translation>
    </message>
    <message>
        <source>Recovery of an interrupted run</source>
        <translation>Herstel van een onderbroken uitvoering</translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation>De uitvoering is niet voltooid.</translation>
    </message>
    <message>
        <source>SP1 is installed. A working installation needs no re-provisioning and no extra configuration.</source>
        <translation>SP1 is geïnstalleerd. Een werkende installatie hoeft niet opnieuw te worden ingericht en heeft geen extra configuratie nodig.</translation>
    </message>
    <message>
        <source>SP1 is removed: the server has its previous release.</source>
        <translation>SP1 is verwijderd: de server heeft weer zijn vorige versie.</translation>
    </message>
    <message>
        <source>The interrupted run was rolled back: the install is as before it.</source>
        <translation>De onderbroken uitvoering is teruggedraaid: de installatie is zoals ervoor.</translation>
    </message>
    <message>
        <source>The interrupted run was completed.</source>
        <translation>De onderbroken uitvoering is voltooid.</translation>
    </message>
    <message>
        <source>Nothing to recover.</source>
        <translation>Er is niets te herstellen.</translation>
    </message>
    <message>
        <source>The plan was made; nothing was changed.</source>
        <translation>Het plan is gemaakt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The run failed and every change was rolled back: the install is as before.</source>
        <translation>De uitvoering is mislukt en elke wijziging is teruggedraaid: de installatie is zoals ervoor.</translation>
    </message>
    <message>
        <source>The run was cancelled and every change was rolled back.</source>
        <translation>De uitvoering is geannuleerd en elke wijziging is teruggedraaid.</translation>
    </message>
    <message>
        <source>The run was refused before it changed anything.</source>
        <translation>De uitvoering is geweigerd voordat er iets werd gewijzigd.</translation>
    </message>
    <message>
        <source>An interrupted run was found on this server: run the recovery first. Nothing was changed.</source>
        <translation>Op deze server is een onderbroken uitvoering gevonden: voer eerst het herstel uit. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The run stopped on an unexpected error; the setup log has the details.</source>
        <translation>De uitvoering is gestopt door een onverwachte fout; het installatielogboek bevat de details.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behouden</translation>
    </message>
    <message>
        <source>keep (changed on this server)</source>
        <translation>behouden (gewijzigd op deze server)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>administration site</source>
        <translation>beheersite</translation>
    </message>
    <message>
        <source>logging</source>
        <translation>logboekregistratie</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>niet geïnstalleerd</translation>
    </message>
    <message>
        <source>interrupted run (%1)</source>
        <translation>onderbroken uitvoering (%1)</translation>
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
        <translation>configuratiedatabase</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>persoonlijke sleutel</translation>
    </message>
    <message>
        <source>logging database</source>
        <translation>logboekdatabase</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Installatiemap</translation>
    </message>
    <message>
        <source>Sandbox (training)</source>
        <translation>Sandbox (oefenen)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programmaversie</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Afsluitcode</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>De uitvoering</translation>
    </message>
    <message>
        <source>root certification server</source>
        <translation>basiscertificeringsserver</translation>
    </message>
    <message>
        <source>licensing server</source>
        <translation>licentieserver</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servernaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster URL</source>
        <translation>Cluster-URL</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forest</translation>
    </message>
    <message>
        <source>Program folder</source>
        <translation>Programmamap</translation>
    </message>
    <message>
        <source>What detection noticed:</source>
        <translation>Wat de detectie opmerkte:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>After (planned)</source>
        <translation>Na (gepland)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>RMS release</source>
        <translation>RMS-versie</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>Onderdeel: %1</translation>
    </message>
    <message>
        <source>The release did not change.</source>
        <translation>De versie is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The server now runs SP1.</source>
        <translation>Op de server draait nu SP1.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>No verified backup was recorded for this run.</source>
        <translation>Voor deze uitvoering is geen gecontroleerde back-up vastgelegd.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Made on server</source>
        <translation>Gemaakt op server</translation>
    </message>
    <message>
        <source>Verified in this run</source>
        <translation>Gecontroleerd in deze uitvoering</translation>
    </message>
    <message>
        <source>Release at the time</source>
        <translation>Versie op dat moment</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files added</source>
        <translation>Bestanden toegevoegd</translation>
    </message>
    <message>
        <source>Files replaced</source>
        <translation>Bestanden vervangen</translation>
    </message>
    <message>
        <source>Files kept</source>
        <translation>Bestanden behouden</translation>
    </message>
    <message>
        <source>Files kept because they were changed on this server</source>
        <translation>Bestanden behouden omdat ze op deze server zijn gewijzigd</translation>
    </message>
    <message>
        <source>Files in the plan</source>
        <translation>Bestanden in het plan</translation>
    </message>
    <message>
        <source>Data to write</source>
        <translation>Te schrijven gegevens</translation>
    </message>
    <message>
        <source>Configuration database gets the SP1 fields</source>
        <translation>Configuratiedatabase krijgt de SP1-velden</translation>
    </message>
    <message>
        <source>Logging database recreated</source>
        <translation>Logboekdatabase opnieuw gemaakt</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Geïnstalleerde versie</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Bestanden geschreven</translation>
    </message>
    <message>
        <source>Data written</source>
        <translation>Gegevens geschreven</translation>
    </message>
    <message>
        <source>Past statistics imported (rows)</source>
        <translation>Eerdere statistieken geïmporteerd (rijen)</translation>
    </message>
    <message>
        <source>Originals restored</source>
        <translation>Originelen hersteld</translation>
    </message>
    <message>
        <source>SP1 files removed</source>
        <translation>SP1-bestanden verwijderd</translation>
    </message>
    <message>
        <source>Configuration database restored from the backup</source>
        <translation>Configuratiedatabase hersteld uit de back-up</translation>
    </message>
    <message>
        <source>Configuration database</source>
        <translation>Configuratiedatabase</translation>
    </message>
    <message>
        <source>restore the backup made before SP1</source>
        <translation>de back-up van vóór SP1 herstellen</translation>
    </message>
    <message>
        <source>keep the SP1 database</source>
        <translation>de SP1-database behouden</translation>
    </message>
    <message>
        <source>What removing SP1 does</source>
        <translation>Wat het verwijderen van SP1 doet</translation>
    </message>
    <message>
        <source>puts the original back</source>
        <translation>zet het origineel terug</translation>
    </message>
    <message>
        <source>removes the file SP1 added</source>
        <translation>verwijdert het bestand dat SP1 toevoegde</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er is gewijzigd</translation>
    </message>
    <message>
        <source>Windows RMS SP1 Setup: run report</source>
        <translation>Windows RMS SP1 Setup: rapport van de uitvoering</translation>
    </message>
    <message>
        <source>The setup log of this run: %1</source>
        <translation>Het installatielogboek van deze uitvoering: %1</translation>
    </message>
    <message>
        <source>No setup log was written for this run.</source>
        <translation>Voor deze uitvoering is geen installatielogboek geschreven.</translation>
    </message>
    <message>
        <source>sandbox (training)</source>
        <translation>sandbox (oefenen)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Written by rms-wizard %1 on %2.</source>
        <translation>Geschreven door rms-wizard %1 op %2.</translation>
    </message>
    <message>
        <source>Setup log</source>
        <translation>Installatielogboek</translation>
    </message>
</context>
</TS>
