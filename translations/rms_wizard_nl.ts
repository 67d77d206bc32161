<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>Accessible</name>
    <message>
        <source>Column headers: %1</source>
        <translation>Kolomkoppen: %1</translation>
    </message>
    <message>
        <source>Row headers: %1</source>
        <translation>Rijkoppen: %1</translation>
    </message>
    <message>
        <source>Select all: %1</source>
        <translation>Alles selecteren: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
    <message>
        <source>An unexpected problem occurred. The details are in the log %1</source>
        <translation>Er is een onverwacht probleem opgetreden. De details staan in het logboek %1</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>critical</source>
        <translation>essentieel</translation>
    </message>
    <message>
        <source>security</source>
        <translation>beveiliging</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>Not done yet</source>
        <translation>Nog niet gedaan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Installing the SP1 client…</source>
        <translation>De SP1-client installeren…</translation>
    </message>
    <message>
        <source>RMS client 1.0</source>
        <translation>RMS-client 1.0</translation>
    </message>
    <message>
        <source>SP1 client</source>
        <translation>SP1-client</translation>
    </message>
    <message>
        <source>No RMS client</source>
        <translation>Geen RMS-client</translation>
    </message>
    <message>
        <source>Installed by hand</source>
        <translation>Handmatig geïnstalleerd</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation>Groepsbeleid</translation>
    </message>
    <message numerus="yes">
        <source>Still on RMS client 1.0 (%n computer(s)): </source>
        <translation>
            <numerusform>Nog op RMS-client 1.0 (%n computer): </numerusform>
            <numerusform>Nog op RMS-client 1.0 (%n computers): </numerusform>
        </translation>
    </message>
    <message>
        <source>Deployed through SMS or Group Policy (%1): the SP1 client installs there without administrator rights.</source>
        <translation>Geïmplementeerd via SMS of Groepsbeleid (%1): daar wordt de SP1-client zonder beheerdersbevoegdheden geïnstalleerd.</translation>
    </message>
    <message>
        <source>Every computer with an RMS client runs the SP1 client.</source>
        <translation>Op elke computer met een RMS-client draait de SP1-client.</translation>
    </message>
    <message>
        <source>Once these clients run SP1:</source>
        <translation>Zodra op deze clients SP1 draait:</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>The SP1 client is installed on %1.</source>
        <translation>De SP1-client is geïnstalleerd op %1.</translation>
    </message>
    <message>
        <source>no computer</source>
        <translation>geen enkele computer</translation>
    </message>
    <message>
        <source>Deploy the SP1 client to these computers, for example with SMS or Group Policy.</source>
        <translation>Implementeer de SP1-client op deze computers, bijvoorbeeld met SMS of Groepsbeleid.</translation>
    </message>
    <message>
        <source>Update the clients</source>
        <translation>De clients bijwerken</translation>
    </message>
    <message>
        <source>Which computers still run RMS client 1.0, and what the SP1 client brings.</source>
        <translation>Op welke computers nog RMS-client 1.0 draait, en wat de SP1-client biedt.</translation>
    </message>
    <message>
        <source>The SP1 client is a separate update for the computers that use RMS. Compared with RMS client 1.0 it:</source>
        <translation>De SP1-client is een afzonderlijke update voor de computers die RMS gebruiken. Vergeleken met RMS-client 1.0:</translation>
    </message>
    <message>
        <source>activates by itself: no lockbox download from Microsoft over the internet;</source>
        <translation>activeert de client zichzelf: er wordt geen lockbox via internet van Microsoft gedownload;</translation>
    </message>
    <message>
        <source>installs through SMS or Group Policy without administrator rights;</source>
        <translation>wordt de client via SMS of Groepsbeleid geïnstalleerd zonder beheerdersbevoegdheden;</translation>
    </message>
    <message>
        <source>brings the server lockbox (server security processor) for server applications such as SharePoint services and Exchange 2003;</source>
        <translation>bevat de client de server-lockbox (server security processor) voor servertoepassingen zoals SharePoint Services en Exchange 2003;</translation>
    </message>
    <message>
        <source>uses FIPS 140-2 validated algorithms;</source>
        <translation>gebruikt de client algoritmen die volgens FIPS 140-2 zijn gecertificeerd;</translation>
    </message>
    <message>
        <source>stays compatible with applications written for the 1.0 client.</source>
        <translation>blijft de client compatibel met toepassingen die voor de 1.0-client zijn geschreven.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>RMS client</source>
        <translation>RMS-client</translation>
    </message>
    <message>
        <source>Deployed with</source>
        <translation>Geïmplementeerd met</translation>
    </message>
    <message>
        <source>Client computers</source>
        <translation>Clientcomputers</translation>
    </message>
    <message>
        <source>&amp;Update the 1.0 clients to SP1</source>
        <translation>De 1.0-clients &amp;bijwerken naar SP1</translation>
    </message>
    <message>
        <source>Update the 1.0 clients to SP1</source>
        <translation>De 1.0-clients bijwerken naar SP1</translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <source>Backups of the rollout: %1</source>
        <translation>Back-ups van de uitrol: %1</translation>
    </message>
    <message>
        <source>Updated to SP1 and checked: %1</source>
        <translation>Bijgewerkt naar SP1 en gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Already at SP1: %1</source>
        <translation>Al op SP1: %1</translation>
    </message>
    <message>
        <source>Failed and rolled back to 1.0: %1</source>
        <translation>Mislukt en teruggedraaid naar 1.0: %1</translation>
    </message>
    <message>
        <source>Not started (still RMS 1.0): %1</source>
        <translation>Niet gestart (nog RMS 1.0): %1</translation>
    </message>
    <message>
        <source>The rollout stopped at the server that failed: the servers updated so far run SP1, the others still run 1.0, and they work together. Fix the cause, then resume the rollout.</source>
        <translation>De uitrol is gestopt bij de server waarop het is mislukt: op de servers die tot nu toe zijn bijgewerkt, draait SP1, op de andere nog 1.0, en ze werken samen. Los de oorzaak op en hervat daarna de uitrol.</translation>
    </message>
    <message>
        <source>The rollout was stopped between servers: the servers updated so far run SP1, the others still run 1.0. Resume the rollout to continue.</source>
        <translation>De uitrol is gestopt tussen twee servers: op de servers die tot nu toe zijn bijgewerkt, draait SP1, op de andere nog 1.0. Hervat de uitrol om verder te gaan.</translation>
    </message>
    <message>
        <source>Before the first wave: backing up the configuration database of each cluster</source>
        <translation>Vóór de eerste golf: back-up maken van de configuratiedatabase van elke cluster</translation>
    </message>
    <message>
        <source>Wave %1 of %2: updating %3</source>
        <translation>Golf %1 van %2: %3 wordt bijgewerkt</translation>
    </message>
    <message>
        <source>%1. The rollout stopped there. The servers updated so far run SP1 and the others still run 1.0: the two work together, so every cluster keeps serving. Fix the cause, then resume the rollout: it continues where it stopped.</source>
        <translation>%1. Daar is de uitrol gestopt. Op de servers die tot nu toe zijn bijgewerkt, draait SP1 en op de andere nog 1.0: die werken samen, dus elke cluster blijft beschikbaar. Los de oorzaak op en hervat daarna de uitrol: die gaat verder waar hij is gestopt.</translation>
    </message>
    <message>
        <source>Choose the folder for the backups</source>
        <translation>Kies de map voor de back-ups</translation>
    </message>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation>Kies eerst een map voor de back-ups.</translation>
    </message>
    <message>
        <source>Enter the password of the private key first.</source>
        <translation>Voer eerst het wachtwoord van de persoonlijke sleutel in.</translation>
    </message>
    <message>
        <source>The rollout is running…</source>
        <translation>De uitrol wordt uitgevoerd…</translation>
    </message>
    <message>
        <source>Stop the rollout</source>
        <translation>De uitrol stoppen</translation>
    </message>
    <message>
        <source>The rollout is running. If you stop it, the servers being updated now finish their update and no other server is started. Updated servers run SP1, the others stay at 1.0; they work together, and you can resume later.

Stop the rollout?</source>
        <translation>De uitrol wordt uitgevoerd. Als u stopt, ronden de servers die nu worden bijgewerkt hun update af en wordt er geen andere server meer gestart. Op bijgewerkte servers draait SP1, de andere blijven op 1.0; ze werken samen, en u kunt later verdergaan.

De uitrol stoppen?</translation>
    </message>
    <message>
        <source>Before the first wave: %1 – %2</source>
        <translation>Vóór de eerste golf: %1 – %2</translation>
    </message>
    <message>
        <source>Wave %1 of %2: %3 – %4</source>
        <translation>Golf %1 van %2: %3 – %4</translation>
    </message>
    <message>
        <source>Root certification cluster</source>
        <translation>Basiscertificeringscluster</translation>
    </message>
    <message>
        <source>Licensing cluster (sub-enrolled to %1)</source>
        <translation>Licentiecluster (subingeschreven bij %1)</translation>
    </message>
    <message>
        <source>Waiting (RMS 1.0)</source>
        <translation>Wachtend (RMS 1.0)</translation>
    </message>
    <message>
        <source>Backing up the cluster&apos;s configuration database…</source>
        <translation>Back-up maken van de configuratiedatabase van de cluster…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Cluster database backed up; waiting</source>
        <translation>Back-up van de clusterdatabase gemaakt; wachtend</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Taken out of rotation</source>
        <translation>Uit de rotatie gehaald</translation>
    </message>
    <message>
        <source>Updating: step %1 of %2</source>
        <translation>Bijwerken: stap %1 van %2</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>Het resultaat controleren…</translation>
    </message>
    <message>
        <source>SP1, checked, back in rotation</source>
        <translation>SP1, gecontroleerd, weer in de rotatie</translation>
    </message>
    <message>
        <source>Already SP1</source>
        <translation>Al SP1</translation>
    </message>
    <message>
        <source>Failed; rolled back to 1.0, back in rotation</source>
        <translation>Mislukt; teruggedraaid naar 1.0, weer in de rotatie</translation>
    </message>
    <message>
        <source>Failed; out of rotation</source>
        <translation>Mislukt; uit de rotatie</translation>
    </message>
    <message>
        <source>Not started (RMS 1.0)</source>
        <translation>Niet gestart (RMS 1.0)</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Golf %1</translation>
    </message>
    <message>
        <source>Already at SP1</source>
        <translation>Al op SP1</translation>
    </message>
    <message>
        <source>Stopping: the servers being updated now finish, no other one starts…</source>
        <translation>Stoppen: de servers die nu worden bijgewerkt, ronden af; er start geen andere meer…</translation>
    </message>
    <message>
        <source>Stopped between servers. The servers updated so far run SP1, the others still run 1.0, and they work together. Resume the rollout to continue.</source>
        <translation>Gestopt tussen twee servers. Op de servers die tot nu toe zijn bijgewerkt, draait SP1, op de andere nog 1.0, en ze werken samen. Hervat de uitrol om verder te gaan.</translation>
    </message>
    <message>
        <source>Every server of the deployment already runs SP1.</source>
        <translation>Op elke server van de implementatie draait al SP1.</translation>
    </message>
    <message>
        <source>Every server of the deployment runs SP1 now. Each one was checked after its update and returned to rotation.</source>
        <translation>Op elke server van de implementatie draait nu SP1. Elke server is na de update gecontroleerd en weer in de rotatie opgenomen.</translation>
    </message>
    <message>
        <source>Resume the &amp;rollout</source>
        <translation>De &amp;uitrol hervatten</translation>
    </message>
    <message>
        <source>Start the &amp;rollout</source>
        <translation>De &amp;uitrol starten</translation>
    </message>
    <message>
        <source>Resume the rollout</source>
        <translation>De uitrol hervatten</translation>
    </message>
    <message>
        <source>Start the rollout</source>
        <translation>De uitrol starten</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) to update</source>
        <translation>
            <numerusform>%n server om bij te werken</numerusform>
            <numerusform>%n servers om bij te werken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n wave(s).</source>
        <translation>
            <numerusform>in %n golf.</numerusform>
            <numerusform>in %n golven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each cluster&apos;s configuration database is backed up once, before the first wave; each server is backed up before its own update.</source>
        <translation>Van de configuratiedatabase van elke cluster wordt één keer een back-up gemaakt, vóór de eerste golf; van elke server wordt een back-up gemaakt vóór de eigen update.</translation>
    </message>
    <message>
        <source>Rolling update of the clusters</source>
        <translation>Gefaseerde update van de clusters</translation>
    </message>
    <message>
        <source>Setup updates the servers in waves; every cluster keeps serving.</source>
        <translation>Setup werkt de servers in golven bij; elke cluster blijft beschikbaar.</translation>
    </message>
    <message>
        <source>The waves follow the rules for clusters: the root certification clusters first, then the licensing clusters sub-enrolled to them; only a part of each cluster at a time; clusters in another forest (group expansion across forests) alongside, independently. RMS 1.0 and SP1 servers work together throughout.</source>
        <translation>De golven volgen de regels voor clusters: eerst de basiscertificeringsclusters, daarna de licentieclusters die erbij zijn subingeschreven; telkens maar een gedeelte van elke cluster; clusters in een andere forest (groepsuitbreiding naar andere forests) ernaast, onafhankelijk. RMS 1.0- en SP1-servers werken de hele tijd samen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Wave, cluster and server</source>
        <translation>Golf, cluster en server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forest</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rollout waves</source>
        <translation>Golven van de uitrol</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Back-up&amp;map:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Private-key pass&amp;word:</source>
        <translation>&amp;Wachtwoord van de persoonlijke sleutel:</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop the rollout between servers</source>
        <translation>De uitrol tussen twee servers stoppen</translation>
    </message>
    <message>
        <source>Servers done</source>
        <translation>Servers gereed</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Checking your steps and the sandbox…</source>
        <translation>Uw stappen en de sandbox controleren…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>Your steps compared with the recommendations for this update. Export the checklist for your trainer.</source>
        <translation>Uw stappen vergeleken met de aanbevelingen voor deze update. Exporteer de controlelijst voor uw trainer.</translation>
    </message>
    <message>
        <source>Export the debrief as HTML</source>
        <translation>De nabespreking exporteren als HTML</translation>
    </message>
    <message>
        <source>&amp;Reset scenario</source>
        <translation>Scenario opnieuw i&amp;nstellen</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Scenario opnieuw instellen</translation>
    </message>
    <message>
        <source>Start this scenario again from a fresh copy of the sandbox</source>
        <translation>Dit scenario opnieuw beginnen met een nieuwe kopie van de sandbox</translation>
    </message>
</context>
<context>
    <name>DebriefRow</name>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1: geslaagd</translation>
    </message>
    <message>
        <source>%1: not passed</source>
        <translation>%1: niet geslaagd</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Controlelijst</translation>
    </message>
    <message>
        <source>Save this debrief as a small HTML report for the trainer</source>
        <translation>Deze nabespreking opslaan als een klein HTML-rapport voor de trainer</translation>
    </message>
    <message>
        <source>No scenario has been finished yet.</source>
        <translation>Er is nog geen scenario voltooid.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 recommendations followed (%3%)</source>
        <translation>Score: %1 van %2 aanbevelingen opgevolgd (%3%)</translation>
    </message>
    <message>
        <source>The drill</source>
        <translation>De oefening</translation>
    </message>
    <message>
        <source>Export the debrief</source>
        <translation>De nabespreking exporteren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <source>%1 is inside the sandbox folder, which Reset scenario deletes. Export the debrief to a folder outside it.</source>
        <translation>%1 staat in de sandboxmap, die Scenario opnieuw instellen verwijdert. Exporteer de nabespreking naar een map daarbuiten.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Het rapport kan niet naar %1 worden geschreven: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>&amp;Export HTML…</source>
        <translation>HTML &amp;exporteren…</translation>
    </message>
    <message>
        <source>Replay of the run</source>
        <translation>Herhaling van de oefenronde</translation>
    </message>
</context>
<context>
    <name>DestinationFolder</name>
    <message>
        <source>Choose the destination folder</source>
        <translation>Kies de doelmap</translation>
    </message>
    <message>
        <source>&amp;Destination folder:</source>
        <translation>&amp;Doelmap:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Blader&amp;en…</translation>
    </message>
</context>
<context>
    <name>DetectionPage</name>
    <message>
        <source>No RMS server install was found on this computer.</source>
        <translation>Er is op deze computer geen RMS-serverinstallatie gevonden.</translation>
    </message>
    <message>
        <source>There is nothing to update here. Start the wizard with --root FOLDER for a server folder, or with --sandbox to practise on a training copy.</source>
        <translation>Er is hier niets bij te werken. Start de wizard met --root MAP voor een servermap, of met --sandbox om te oefenen op een trainingskopie.</translation>
    </message>
    <message>
        <source>Setup could not examine this install.</source>
        <translation>Setup kan deze installatie niet onderzoeken.</translation>
    </message>
    <message>
        <source>Looking at what is installed…</source>
        <translation>Nagaan wat er is geïnstalleerd…</translation>
    </message>
    <message>
        <source>RMS is not installed on this server.</source>
        <translation>RMS is niet geïnstalleerd op deze server.</translation>
    </message>
    <message>
        <source>Setup can install RMS with SP1 directly. No backup is needed: there is nothing yet to lose. Afterwards, provision the server from its administration site.</source>
        <translation>Setup kan RMS met SP1 rechtstreeks installeren. Een back-up is niet nodig: er is nog niets dat verloren kan gaan. Richt de server daarna in via de beheersite.</translation>
    </message>
    <message numerus="yes">
        <source>It had changed %n file(s) before it stopped, out of %1.</source>
        <translation>
            <numerusform>Er was %n bestand gewijzigd voordat de uitvoering stopte, van de %1.</numerusform>
            <numerusform>Er waren %n bestanden gewijzigd voordat de uitvoering stopte, van de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted update was found.</source>
        <translation>Er is een onderbroken update gevonden.</translation>
    </message>
    <message>
        <source>A previous run stopped before it finished.</source>
        <translation>Een eerdere uitvoering is gestopt voordat deze was voltooid.</translation>
    </message>
    <message>
        <source>On the next page Setup explains what it found and brings the server back to a known state.</source>
        <translation>Op de volgende pagina legt Setup uit wat er is gevonden en brengt Setup de server terug in een bekende toestand.</translation>
    </message>
    <message>
        <source>This RMS install is not in a state Setup can update.</source>
        <translation>Deze RMS-installatie heeft geen toestand die Setup kan bijwerken.</translation>
    </message>
    <message>
        <source>The files and the registry do not agree (see below). Repair the install first; Setup will not change it as it is.</source>
        <translation>De bestanden en het register komen niet overeen (zie hieronder). Herstel eerst de installatie; Setup wijzigt deze niet zolang ze in deze toestand is.</translation>
    </message>
    <message>
        <source>RMS with Service Pack 1 is installed.</source>
        <translation>RMS met Service Pack 1 is geïnstalleerd.</translation>
    </message>
    <message>
        <source>There is nothing to update. On the next page you can remove SP1 and return the server to RMS 1.0.</source>
        <translation>Er is niets bij te werken. Op de volgende pagina kunt u SP1 verwijderen en de server terugzetten naar RMS 1.0.</translation>
    </message>
    <message>
        <source>RMS 1.0 is installed: Setup can update it to SP1.</source>
        <translation>RMS 1.0 is geïnstalleerd: Setup kan het bijwerken naar SP1.</translation>
    </message>
    <message>
        <source>Next, Setup checks that you have the private-key password and helps you back up the configuration database and the key.</source>
        <translation>Vervolgens controleert Setup of u het wachtwoord van de persoonlijke sleutel hebt en helpt Setup u een back-up te maken van de configuratiedatabase en de sleutel.</translation>
    </message>
    <message>
        <source>RMS with Service Pack 1 is installed, but it is damaged.</source>
        <translation>RMS met Service Pack 1 is geïnstalleerd, maar is beschadigd.</translation>
    </message>
    <message>
        <source>Some SP1 files are missing or damaged (see below). On the next page Setup can repair SP1: it reinstalls them.</source>
        <translation>Sommige bestanden van SP1 ontbreken of zijn beschadigd (zie hieronder). Op de volgende pagina kan Setup SP1 repareren: het installeert ze opnieuw.</translation>
    </message>
    <message>
        <source>Next, Setup shows what the update changes for the servers and the clients; then it checks that you have the private-key password and backs up the configuration database and the key.</source>
        <translation>Daarna laat Setup zien wat de update verandert voor de servers en de clients; vervolgens controleert Setup of u het wachtwoord van de persoonlijke sleutel hebt en maakt Setup een back-up van de configuratiedatabase en de sleutel.</translation>
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
        <translation>niet geïnstalleerd</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (schema %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ontbreekt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n vermelding)</numerusform>
            <numerusform>%1 (%n vermeldingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (versleuteld)</translation>
    </message>
    <message>
        <source>%1 (not encrypted!)</source>
        <translation>%1 (niet versleuteld!)</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) pending: </source>
        <translation>
            <numerusform>%n update wacht op installatie: </numerusform>
            <numerusform>%n updates wachten op installatie: </numerusform>
        </translation>
    </message>
    <message>
        <source>all critical and security updates installed</source>
        <translation>alle essentiële updates en beveiligingsupdates zijn geïnstalleerd</translation>
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
        <source>Detecting the installation</source>
        <translation>De installatie detecteren</translation>
    </message>
    <message>
        <source>Setup examines this server: nothing is changed yet.</source>
        <translation>Setup onderzoekt deze server: er wordt nog niets gewijzigd.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
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
        <translation>Installatiemap:</translation>
    </message>
    <message>
        <source>Configuration database:</source>
        <translation>Configuratiedatabase:</translation>
    </message>
    <message>
        <source>Logging database:</source>
        <translation>Logboekdatabase:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Persoonlijke sleutel:</translation>
    </message>
    <message>
        <source>Windows updates:</source>
        <translation>Windows-updates:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Geïnstalleerd</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Installed components</source>
        <translation>Geïnstalleerde onderdelen</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Opnieuw detecteren</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>Opnieuw detecteren</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Disk space: the installation needs %1; %2 is free on the disk of this server.</source>
        <translation>Schijfruimte: de installatie heeft %1 nodig; op de schijf van deze server is %2 vrij.</translation>
    </message>
    <message>
        <source>Disk space: the update needs %1; %2 is free on the disk of this server.</source>
        <translation>Schijfruimte: de update heeft %1 nodig; op de schijf van deze server is %2 vrij.</translation>
    </message>
    <message>
        <source>That is not enough: free some space first, or the update will fail.</source>
        <translation>Dat is niet genoeg: maak eerst ruimte vrij, anders mislukt de update.</translation>
    </message>
</context>
<context>
    <name>FinishedPage</name>
    <message>
        <source>Save the run report</source>
        <translation>Het rapport van de uitvoering opslaan</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <source>Writing the run report…</source>
        <translation>Het rapport van de uitvoering wordt geschreven…</translation>
    </message>
    <message>
        <source>The run report is saved in %1</source>
        <translation>Het rapport van de uitvoering is opgeslagen in %1</translation>
    </message>
    <message>
        <source>Cancelled. Every change was rolled back: the server is as it was.</source>
        <translation>Geannuleerd. Alle wijzigingen zijn teruggedraaid: de server is zoals hij was.</translation>
    </message>
    <message>
        <source>The work was cut off: the server lost power (drill).</source>
        <translation>Het werk is afgebroken: de server viel zonder stroom (oefening).</translation>
    </message>
    <message>
        <source>It did not work, and not every change could be rolled back yet: the server is not as it was. Once the cause below is fixed, run the recovery.</source>
        <translation>Het is niet gelukt, en nog niet alle wijzigingen konden worden teruggedraaid: de server is niet zoals hij was. Voer het herstel uit zodra de oorzaak hieronder is opgelost.</translation>
    </message>
    <message>
        <source>It did not work, and every change was rolled back.</source>
        <translation>Het is niet gelukt en alle wijzigingen zijn teruggedraaid.</translation>
    </message>
    <message>
        <source>RMS is updated to Service Pack 1.</source>
        <translation>RMS is bijgewerkt naar Service Pack 1.</translation>
    </message>
    <message>
        <source>RMS with Service Pack 1 is installed.</source>
        <translation>RMS met Service Pack 1 is geïnstalleerd.</translation>
    </message>
    <message>
        <source>SP1 is removed.</source>
        <translation>SP1 is verwijderd.</translation>
    </message>
    <message>
        <source>The interrupted run was completed.</source>
        <translation>De onderbroken uitvoering is voltooid.</translation>
    </message>
    <message>
        <source>The interrupted run was rolled back.</source>
        <translation>De onderbroken uitvoering is teruggedraaid.</translation>
    </message>
    <message>
        <source>There was nothing to recover.</source>
        <translation>Er was niets te herstellen.</translation>
    </message>
    <message>
        <source>Setup keeps a journal of every step, so nothing is lost. Start Setup again on this server: it finds the interrupted run and offers to bring the server back to a known state.</source>
        <translation>Setup houdt van elke stap een journaal bij, dus er gaat niets verloren. Start Setup opnieuw op deze server: Setup vindt de onderbroken uitvoering en biedt aan de server terug te brengen in een bekende toestand.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n bestand geschreven.</numerusform>
            <numerusform>%n bestanden geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n bestand hersteld.</numerusform>
            <numerusform>%n bestanden hersteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) removed.</source>
        <translation>
            <numerusform>%n bestand verwijderd.</numerusform>
            <numerusform>%n bestanden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration database was restored from the backup made before SP1.</source>
        <translation>De configuratiedatabase is hersteld uit de back-up die vóór SP1 is gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n past log entries copied back.</source>
        <translation>
            <numerusform>%n eerdere logboekvermelding teruggezet.</numerusform>
            <numerusform>%n eerdere logboekvermeldingen teruggezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup checked the install afterwards: it is exactly RMS %1.</source>
        <translation>Setup heeft de installatie daarna gecontroleerd: deze is precies RMS %1.</translation>
    </message>
    <message>
        <source>Setup could not confirm the result: %1</source>
        <translation>Setup kan het resultaat niet bevestigen: %1</translation>
    </message>
    <message>
        <source>The server still runs RMS 1.0, exactly as before the update.</source>
        <translation>Op de server draait nog steeds RMS 1.0, precies zoals vóór de update.</translation>
    </message>
    <message>
        <source>The server still runs RMS with SP1, exactly as before.</source>
        <translation>Op de server draait nog steeds RMS met SP1, precies zoals daarvoor.</translation>
    </message>
    <message>
        <source>RMS is still not installed on this server.</source>
        <translation>RMS is nog steeds niet geïnstalleerd op deze server.</translation>
    </message>
    <message>
        <source>The server keeps working as before: it needs no new provisioning and no extra configuration. SP1 and 1.0 servers work together, so you can update the other servers of the cluster one by one.</source>
        <translation>De server blijft werken zoals voorheen: opnieuw inrichten of extra configuratie is niet nodig. SP1- en 1.0-servers werken samen, dus u kunt de andere servers van de cluster een voor een bijwerken.</translation>
    </message>
    <message>
        <source>Next, provision the server from the RMS administration site.</source>
        <translation>Richt de server nu in via de RMS-beheersite.</translation>
    </message>
    <message>
        <source>Completing the Setup Wizard</source>
        <translation>De wizard Setup wordt voltooid</translation>
    </message>
    <message>
        <source>Setup log:</source>
        <translation>Installatielogboek:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Back-up:</translation>
    </message>
    <message>
        <source>&amp;Start Setup again</source>
        <translation>Setup opnieuw &amp;starten</translation>
    </message>
    <message>
        <source>Start Setup again</source>
        <translation>Setup opnieuw starten</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Rapport opslaan…</translation>
    </message>
    <message>
        <source>(no log written)</source>
        <translation>(geen logboek geschreven)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>No more hints on this page.</source>
        <translation>Er zijn geen hints meer op deze pagina.</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Hint %1: %2</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Resterende tijd: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tijd: %1</translation>
    </message>
    <message>
        <source>&amp;Get a hint</source>
        <translation>Hint ha&amp;len</translation>
    </message>
    <message>
        <source>Get a hint</source>
        <translation>Hint halen</translation>
    </message>
    <message>
        <source>Show the next hint for this page&apos;s goal</source>
        <translation>De volgende hint voor het doel van deze pagina tonen</translation>
    </message>
</context>
<context>
    <name>InteropPage</name>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>During the rollout</source>
        <translation>Tijdens de uitrol</translation>
    </message>
    <message>
        <source>After the rollout</source>
        <translation>Na de uitrol</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>Na de update</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) at RMS 1.0</source>
        <translation>
            <numerusform>%n server op RMS 1.0</numerusform>
            <numerusform>%n servers op RMS 1.0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) at SP1</source>
        <translation>
            <numerusform>%n server op SP1</numerusform>
            <numerusform>%n servers op SP1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) with RMS client 1.0</source>
        <translation>
            <numerusform>%n computer met RMS-client 1.0</numerusform>
            <numerusform>%n computers met RMS-client 1.0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) with the SP1 client</source>
        <translation>
            <numerusform>%n computer met de SP1-client</numerusform>
            <numerusform>%n computers met de SP1-client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) without an RMS client</source>
        <translation>
            <numerusform>%n computer zonder RMS-client</numerusform>
            <numerusform>%n computers zonder RMS-client</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1. Clients: %2.</source>
        <translation>Nu: %1. Clients: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No computer runs an RMS client yet, so the matrix has no column for this deployment. The SP1 package can install the SP1 client on them.</source>
        <translation>Op geen enkele computer draait nog een RMS-client, dus de tabel heeft geen kolom voor deze implementatie. Het SP1-pakket kan de SP1-client op de computers installeren.</translation>
    </message>
    <message>
        <source>During the rollout, 1.0 and SP1 servers work side by side; each offers what its version supports.</source>
        <translation>Tijdens de uitrol werken 1.0- en SP1-servers naast elkaar; elke server biedt wat zijn versie ondersteunt.</translation>
    </message>
    <message>
        <source>Updating the servers changes none of these features.</source>
        <translation>Het bijwerken van de servers verandert niets aan deze functies.</translation>
    </message>
    <message>
        <source>What the update changes:</source>
        <translation>Wat de update verandert:</translation>
    </message>
    <message>
        <source>• %1: %2 → %3. %4</source>
        <translation>• %1: %2 → %3. %4</translation>
    </message>
    <message>
        <source>RMS 1.0 and SP1 together</source>
        <translation>RMS 1.0 en SP1 samen</translation>
    </message>
    <message>
        <source>What this deployment supports now, during the update and afterwards.</source>
        <translation>Wat deze implementatie nu, tijdens de update en daarna ondersteunt.</translation>
    </message>
    <message>
        <source>SP1 and 1.0 servers coexist and work together, but only SP1 servers support offline enrollment and only SP1 clients are self-activating. What a deployment offers depends on its servers and on the mix of its clients.</source>
        <translation>SP1- en 1.0-servers bestaan naast elkaar en werken samen, maar alleen SP1-servers ondersteunen offline-inschrijving en alleen SP1-clients zijn zelfactiverend. Wat een implementatie biedt, hangt af van de servers en van de mix van clients.</translation>
    </message>
    <message>
        <source>Interoperability of RMS 1.0 and SP1</source>
        <translation>Interoperabiliteit van RMS 1.0 en SP1</translation>
    </message>
    <message>
        <source>Highlighted: what differs from now. Select a row (arrow keys) or point at a feature for its explanation.</source>
        <translation>Gemarkeerd: wat afwijkt van nu. Selecteer een rij (pijltoetsen) of wijs een functie aan voor de uitleg.</translation>
    </message>
</context>
<context>
    <name>InteropTable</name>
    <message>
        <source>1.0 servers: %1
SP1 servers: %2</source>
        <translation>1.0-servers: %1
SP1-servers: %2</translation>
    </message>
    <message>
        <source>Highlighted: differs from “%1”.</source>
        <translation>Gemarkeerd: wijkt af van “%1”.</translation>
    </message>
</context>
<context>
    <name>KeepCard</name>
    <message>
        <source>&amp;Keep the SP1 configuration database</source>
        <translation>De SP1-configuratiedatabase beh&amp;ouden</translation>
    </message>
    <message>
        <source>Keep the SP1 configuration database</source>
        <translation>De SP1-configuratiedatabase behouden</translation>
    </message>
    <message>
        <source>The database stays as it is now. RMS 1.0 ignores the fields SP1 added and does not use them, so the server keeps working. Choose this when there is no backup from before SP1, or when the data changed since.</source>
        <translation>De database blijft zoals hij nu is. RMS 1.0 negeert de velden die SP1 heeft toegevoegd en gebruikt ze niet, dus de server blijft werken. Kies dit als er geen back-up van vóór SP1 is, of als de gegevens sindsdien zijn gewijzigd.</translation>
    </message>
</context>
<context>
    <name>KeyringNames</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Referentiebeheer</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-sleutelhanger</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>the desktop&apos;s keyring (Secret Service)</source>
        <translation>de sleutelbos van het bureaublad (Secret Service)</translation>
    </message>
    <message>
        <source>No system keyring is available.</source>
        <translation>Er is geen sleutelbos van het systeem beschikbaar.</translation>
    </message>
    <message>
        <source>The keyring is switched off.</source>
        <translation>De sleutelbos is uitgeschakeld.</translation>
    </message>
    <message>
        <source>This keyring keeps passwords in a file without encryption.</source>
        <translation>Deze sleutelbos bewaart wachtwoorden onversleuteld in een bestand.</translation>
    </message>
    <message>
        <source>This keyring is not one known to encrypt passwords (Secret Service, Windows Credential Manager, macOS Keychain, KDE Wallet), so it is not used.</source>
        <translation>Van deze sleutelbos is niet bekend dat hij wachtwoorden versleutelt (Secret Service, Windows Referentiebeheer, macOS-sleutelhanger, KDE Wallet), dus hij wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>None of the keyrings on this computer is secure.</source>
        <translation>Geen van de sleutelbossen op deze computer is veilig.</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <source>Recovering</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Setup is bringing the server back to a known state. This cannot be interrupted; it takes only a moment.</source>
        <translation>Setup brengt de server terug in een bekende toestand. Dit kan niet worden onderbroken; het duurt maar even.</translation>
    </message>
    <message>
        <source>Exit Setup</source>
        <translation>Setup afsluiten</translation>
    </message>
    <message>
        <source>Setup is not complete. If you exit now, the server is not updated; what Setup has done so far (a checked password, a backup) stays as it is. You can run Setup again at another time to complete it.

Exit Setup?</source>
        <translation>Setup is niet voltooid. Als u nu afsluit, wordt de server niet bijgewerkt; wat Setup tot nu toe heeft gedaan (een gecontroleerd wachtwoord, een back-up) blijft zoals het is. U kunt Setup later opnieuw uitvoeren om het te voltooien.

Setup afsluiten?</translation>
    </message>
    <message>
        <source>Cancel Setup</source>
        <translation>Setup annuleren</translation>
    </message>
    <message>
        <source>Setup is changing the server. If you cancel now, every change made so far is rolled back and the server stays as it was.

Cancel and roll back?</source>
        <translation>Setup wijzigt de server. Als u nu annuleert, worden alle wijzigingen tot nu toe teruggedraaid en blijft de server zoals hij was.

Annuleren en terugdraaien?</translation>
    </message>
    <message>
        <source>Too late to cancel: the update had already completed.</source>
        <translation>Te laat om te annuleren: de update was al voltooid.</translation>
    </message>
    <message>
        <source>Too late to cancel: the installation had already completed.</source>
        <translation>Te laat om te annuleren: de installatie was al voltooid.</translation>
    </message>
    <message>
        <source>Too late to cancel: SP1 had already been removed.</source>
        <translation>Te laat om te annuleren: SP1 was al verwijderd.</translation>
    </message>
    <message>
        <source>Too late to cancel: the repair had already completed.</source>
        <translation>Te laat om te annuleren: de reparatie was al voltooid.</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Verifying the backup and the password…</source>
        <translation>De back-up en het wachtwoord controleren…</translation>
    </message>
    <message>
        <source>The backup is verified and the password opens its key.</source>
        <translation>De back-up is gecontroleerd en het wachtwoord opent de sleutel ervan.</translation>
    </message>
    <message>
        <source>This password does not open the private key in the backup. Try again.</source>
        <translation>Dit wachtwoord opent de persoonlijke sleutel in de back-up niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Repair Service Pack 1</source>
        <translation>Service Pack 1 repareren</translation>
    </message>
    <message>
        <source>Remove Service Pack 1</source>
        <translation>Service Pack 1 verwijderen</translation>
    </message>
    <message>
        <source>SP1 is installed. Setup reinstalls the SP1 files that are missing or damaged.</source>
        <translation>SP1 is geïnstalleerd. Setup installeert de bestanden van SP1 die ontbreken of beschadigd zijn opnieuw.</translation>
    </message>
    <message>
        <source>SP1 is installed. Setup can remove it and return the server to RMS 1.0.</source>
        <translation>SP1 is geïnstalleerd. Setup kan het verwijderen en de server terugzetten naar RMS 1.0.</translation>
    </message>
    <message>
        <source>&amp;Repair SP1</source>
        <translation>SP1 re&amp;pareren</translation>
    </message>
    <message>
        <source>Removing SP1 puts the RMS 1.0 files back exactly as they were. Choose what happens to the configuration database:</source>
        <translation>Bij het verwijderen van SP1 worden de bestanden van RMS 1.0 precies teruggezet zoals ze waren. Kies wat er met de configuratiedatabase gebeurt:</translation>
    </message>
    <message>
        <source>Some SP1 files are missing or damaged: SP1 cannot be removed as it is. Repair it first; then it can be removed.</source>
        <translation>Sommige bestanden van SP1 ontbreken of zijn beschadigd: SP1 kan zo niet worden verwijderd. Repareer het eerst; daarna kan het worden verwijderd.</translation>
    </message>
    <message>
        <source>SP1 was installed fresh on this server: removing it removes RMS. The databases and the private key are kept.</source>
        <translation>SP1 is op deze server als nieuwe installatie geïnstalleerd: als u het verwijdert, wordt RMS verwijderd. De databases en de persoonlijke sleutel blijven behouden.</translation>
    </message>
</context>
<context>
    <name>Motion</name>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>OsUpdatesStep</name>
    <message>
        <source>Updates are missing</source>
        <translation>Er ontbreken updates</translation>
    </message>
    <message numerus="yes">
        <source>%n critical or security update(s) of Windows are not installed yet: %1.

Install them before you update RMS. Continue without them anyway?</source>
        <translation>
            <numerusform>%n essentiële update of beveiligingsupdate van Windows is nog niet geïnstalleerd: %1.

Installeer deze voordat u RMS bijwerkt. Toch doorgaan zonder?</numerusform>
            <numerusform>%n essentiële updates of beveiligingsupdates van Windows zijn nog niet geïnstalleerd: %1.

Installeer deze voordat u RMS bijwerkt. Toch doorgaan zonder?</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing the missing updates…</source>
        <translation>De ontbrekende updates worden geïnstalleerd…</translation>
    </message>
    <message>
        <source>Install them first: Install the missing updates plays Windows Update here.</source>
        <translation>Installeer ze eerst: hier speelt Ontbrekende updates installeren de rol van Windows Update.</translation>
    </message>
    <message>
        <source>Install them first with Windows Update, on the servers and the clients.</source>
        <translation>Installeer ze eerst met Windows Update, op de servers en op de clients.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) still pending: </source>
        <translation>
            <numerusform>%n update wacht nog op installatie: </numerusform>
            <numerusform>%n updates wachten nog op installatie: </numerusform>
        </translation>
    </message>
    <message>
        <source>All critical and security updates are installed.</source>
        <translation>Alle essentiële updates en beveiligingsupdates zijn geïnstalleerd.</translation>
    </message>
    <message>
        <source>Install the latest critical and security updates of Windows</source>
        <translation>De nieuwste essentiële updates en beveiligingsupdates van Windows installeren</translation>
    </message>
    <message>
        <source>Install the &amp;missing updates</source>
        <translation>Ontbrekende updates &amp;installeren</translation>
    </message>
    <message>
        <source>Install the missing updates</source>
        <translation>Ontbrekende updates installeren</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>&amp;Show</source>
        <translation>W&amp;eergeven</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Wachtwoord weergeven</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>V&amp;erbergen</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Checking the password against the private key…</source>
        <translation>Het wachtwoord controleren met de persoonlijke sleutel…</translation>
    </message>
    <message>
        <source>The password opens the private key.</source>
        <translation>Het wachtwoord opent de persoonlijke sleutel.</translation>
    </message>
    <message>
        <source>This password does not open the private key of this server. Check it (it is case-sensitive) and try again.</source>
        <translation>Dit wachtwoord opent de persoonlijke sleutel van deze server niet. Controleer het (het is hoofdlettergevoelig) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keyring</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelbos</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keyring (%1)</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelbos (%1)</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Wachtwoord onthouden in de sleutelbos</translation>
    </message>
    <message>
        <source>The password will not be stored: %1 You can continue without storing it.</source>
        <translation>Het wachtwoord wordt niet opgeslagen: %1 U kunt doorgaan zonder het op te slaan.</translation>
    </message>
    <message>
        <source>A password for %1 is stored in the keyring (%2).</source>
        <translation>Er is een wachtwoord voor %1 opgeslagen in de sleutelbos (%2).</translation>
    </message>
    <message>
        <source>A password for %1 is stored in the keyring.</source>
        <translation>Er is een wachtwoord voor %1 opgeslagen in de sleutelbos.</translation>
    </message>
    <message>
        <source>Private-key password</source>
        <translation>Wachtwoord van de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>Setup checks that you have the password of the server&apos;s private key.</source>
        <translation>Setup controleert of u het wachtwoord van de persoonlijke sleutel van de server hebt.</translation>
    </message>
    <message>
        <source>The RMS server&apos;s private key is protected by a password. You need it to restore the key from a backup, so Setup makes sure you have it before anything changes: the password is checked against the key itself.</source>
        <translation>De persoonlijke sleutel van de RMS-server is beveiligd met een wachtwoord. U hebt dit nodig om de sleutel uit een back-up te herstellen. Daarom controleert Setup of u het hebt voordat er iets wordt gewijzigd: het wachtwoord wordt gecontroleerd met de sleutel zelf.</translation>
    </message>
    <message>
        <source>&amp;Password of the private key:</source>
        <translation>&amp;Wachtwoord van de persoonlijke sleutel:</translation>
    </message>
    <message>
        <source>Password of the private key</source>
        <translation>Wachtwoord van de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>&amp;Use the stored password</source>
        <translation>Opgeslagen wachtwoord &amp;gebruiken</translation>
    </message>
    <message>
        <source>Use the stored password</source>
        <translation>Opgeslagen wachtwoord gebruiken</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
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
    <message>
        <source>Installed version</source>
        <translation>Geïnstalleerde versie</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>The file&apos;s path in the install folder</source>
        <translation>Het pad van het bestand in de installatiemap</translation>
    </message>
    <message>
        <source>The part of RMS the file belongs to</source>
        <translation>Het onderdeel van RMS waartoe het bestand behoort</translation>
    </message>
    <message>
        <source>What Setup does with the file</source>
        <translation>Wat Setup met het bestand doet</translation>
    </message>
    <message>
        <source>The file&apos;s version on the server now</source>
        <translation>De huidige versie van het bestand op de server</translation>
    </message>
    <message>
        <source>The version SP1 installs</source>
        <translation>De versie die SP1 installeert</translation>
    </message>
    <message>
        <source>Why Setup does this with the file</source>
        <translation>Waarom Setup dit met het bestand doet</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>niet op de server</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>geen versie</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Kies de map voor de back-up</translation>
    </message>
    <message>
        <source>Choose a folder for the backup first.</source>
        <translation>Kies eerst een map voor de back-up.</translation>
    </message>
    <message>
        <source>Choose an existing backup folder</source>
        <translation>Kies een bestaande back-upmap</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>De back-up maken…</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>De back-up controleren…</translation>
    </message>
    <message>
        <source>The backup is made and verified.</source>
        <translation>De back-up is gemaakt en gecontroleerd.</translation>
    </message>
    <message>
        <source>The backup is verified.</source>
        <translation>De back-up is gecontroleerd.</translation>
    </message>
    <message>
        <source>Verified backup in %1</source>
        <translation>Gecontroleerde back-up in %1</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Nog geen back-up.</translation>
    </message>
    <message>
        <source>Not needed: past statistics will not be kept.</source>
        <translation>Niet nodig: eerder vastgelegde statistische gegevens worden niet behouden.</translation>
    </message>
    <message>
        <source>In the backup; its entries are copied back after the update.</source>
        <translation>In de back-up; de vermeldingen worden na de update teruggezet.</translation>
    </message>
    <message>
        <source>This backup has no logging database. Make the backup again, or clear the check box.</source>
        <translation>Deze back-up bevat geen logboekdatabase. Maak de back-up opnieuw of schakel het selectievakje uit.</translation>
    </message>
    <message>
        <source>Will be included in the backup.</source>
        <translation>Wordt opgenomen in de back-up.</translation>
    </message>
    <message>
        <source>Checked: the password opens the private key.</source>
        <translation>Gecontroleerd: het wachtwoord opent de persoonlijke sleutel.</translation>
    </message>
    <message>
        <source>It is stored in the keyring.</source>
        <translation>Het is opgeslagen in de sleutelbos.</translation>
    </message>
    <message>
        <source>Not stored in the keyring: %1</source>
        <translation>Niet opgeslagen in de sleutelbos: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Make sure the server can be brought back: Next is enabled once a verified backup exists.</source>
        <translation>Zorg ervoor dat de server kan worden teruggezet: Volgende is beschikbaar zodra er een gecontroleerde back-up is.</translation>
    </message>
    <message>
        <source>Back up the configuration database and the private key</source>
        <translation>Een back-up maken van de configuratiedatabase en de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>Required. Choose a folder for the backup and make it; Setup then verifies it. If you already have a backup, use it instead: it is verified the same way.</source>
        <translation>Vereist. Kies een map voor de back-up en maak de back-up; Setup controleert deze daarna. Als u al een back-up hebt, kunt u die gebruiken: deze wordt op dezelfde manier gecontroleerd.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Map voor de back-up</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Nu back-up &amp;maken</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Use an &amp;existing backup…</source>
        <translation>Bestaande back-up &amp;gebruiken…</translation>
    </message>
    <message>
        <source>Use an existing backup</source>
        <translation>Bestaande back-up gebruiken</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Voortgang van de back-up</translation>
    </message>
    <message>
        <source>Back up the logging database (optional)</source>
        <translation>Een back-up maken van de logboekdatabase (optioneel)</translation>
    </message>
    <message>
        <source>Only needed to keep the statistics RMS logged so far: SP1 creates the logging database anew, so its past entries are lost unless they are backed up.</source>
        <translation>Alleen nodig als u de statistische gegevens wilt behouden die RMS tot nu toe heeft vastgelegd: SP1 maakt de logboekdatabase opnieuw, dus de eerdere vermeldingen gaan verloren als er geen back-up van is.</translation>
    </message>
    <message>
        <source>&amp;Keep past statistics (include the logging database)</source>
        <translation>Eerdere statistische gegevens beh&amp;ouden (logboekdatabase opnemen)</translation>
    </message>
    <message>
        <source>Have the password of the private key</source>
        <translation>Beschikken over het wachtwoord van de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Back-upm&amp;ap:</translation>
    </message>
</context>
<context>
    <name>ProgressVoice</name>
    <message>
        <source>%1 percent done</source>
        <translation>%1 procent klaar</translation>
    </message>
</context>
<context>
    <name>QtGaps</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
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
        <translation>Alle bestanden</translation>
    </message>
    <message numerus="yes">
        <source>RMS is not installed on this server: Setup installs RMS with SP1, %n file(s).</source>
        <translation>
            <numerusform>RMS is niet geïnstalleerd op deze server: Setup installeert RMS met SP1, %n bestand.</numerusform>
            <numerusform>RMS is niet geïnstalleerd op deze server: Setup installeert RMS met SP1, %n bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setup changes only what SP1 needs: %n file(s) are added or replaced; every other file stays as it is.</source>
        <translation>
            <numerusform>Setup wijzigt alleen wat SP1 nodig heeft: %n bestand wordt toegevoegd of vervangen; alle andere bestanden blijven zoals ze zijn.</numerusform>
            <numerusform>Setup wijzigt alleen wat SP1 nodig heeft: %n bestanden worden toegevoegd of vervangen; alle andere bestanden blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add: %1   Replace: %2   Keep: %3   Keep (changed by you): %4</source>
        <translation>Toevoegen: %1   Vervangen: %2   Behouden: %3   Behouden (door u gewijzigd): %4</translation>
    </message>
    <message numerus="yes">
        <source>You (or a colleague) changed %n file(s) since RMS 1.0 installed them. Setup keeps your changes; review these files after the update: </source>
        <translation>
            <numerusform>U (of een collega) hebt %n bestand gewijzigd sinds RMS 1.0 het heeft geïnstalleerd. Setup behoudt uw wijzigingen; controleer dit bestand na de update: </numerusform>
            <numerusform>U (of een collega) hebt %n bestanden gewijzigd sinds RMS 1.0 ze heeft geïnstalleerd. Setup behoudt uw wijzigingen; controleer deze bestanden na de update: </numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration database: SP1 adds %1. RMS keeps its data; a 1.0 server would ignore these fields.</source>
        <translation>Configuratiedatabase: SP1 voegt %1 toe. RMS behoudt de gegevens; een 1.0-server zou deze velden negeren.</translation>
    </message>
    <message>
        <source>Logging database: recreated with the SP1 schema; the past entries are copied back from the backup.</source>
        <translation>Logboekdatabase: wordt opnieuw gemaakt met het SP1-schema; de eerdere vermeldingen worden teruggezet uit de back-up.</translation>
    </message>
    <message>
        <source>Logging database: recreated with the SP1 schema; past statistics are not kept.</source>
        <translation>Logboekdatabase: wordt opnieuw gemaakt met het SP1-schema; eerder vastgelegde statistische gegevens worden niet behouden.</translation>
    </message>
    <message>
        <source>Choose where Setup installs RMS, check what it will install, then click Install.</source>
        <translation>Kies waar Setup RMS installeert, controleer wat er wordt geïnstalleerd en klik dan op Installeren.</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>Gereed voor installatie</translation>
    </message>
    <message>
        <source>Check what Setup will do, then click Install. After this you cannot go back.</source>
        <translation>Controleer wat Setup gaat doen en klik daarna op Installeren. Hierna kunt u niet meer terug.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installeren</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Weergeven:</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Bestanden weergeven</translation>
    </message>
    <message>
        <source>Files SP1 installs</source>
        <translation>Bestanden die SP1 installeert</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>an update to SP1</source>
        <translation>een update naar SP1</translation>
    </message>
    <message>
        <source>a removal of SP1</source>
        <translation>een verwijdering van SP1</translation>
    </message>
    <message>
        <source>a recovery</source>
        <translation>een herstelbewerking</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>een wijziging</translation>
    </message>
    <message>
        <source>Recover an interrupted run</source>
        <translation>Een onderbroken uitvoering herstellen</translation>
    </message>
    <message>
        <source>Setup brings the server back to a known state.</source>
        <translation>Setup brengt de server terug in een bekende toestand.</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>Terug&amp;draaien</translation>
    </message>
    <message>
        <source>Setup found %1 that did not finish.</source>
        <translation>Setup heeft %1 gevonden die niet is voltooid.</translation>
    </message>
    <message numerus="yes">
        <source>It had changed %n file(s) before it stopped, out of %1.</source>
        <translation>
            <numerusform>Er was %n bestand gewijzigd voordat de uitvoering stopte, van de %1.</numerusform>
            <numerusform>Er waren %n bestanden gewijzigd voordat de uitvoering stopte, van de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It left a journal of every step, so it knows exactly what to undo or finish.</source>
        <translation>Van elke stap is een journaal bijgehouden, dus Setup weet precies wat ongedaan moet worden gemaakt of moet worden afgerond.</translation>
    </message>
    <message>
        <source>Setup found a lock left by %1 that did not finish, but no journal.</source>
        <translation>Setup heeft een vergrendeling gevonden van %1 die niet is voltooid, maar geen journaal.</translation>
    </message>
    <message>
        <source>The run had already reached its commit point (the new version was recorded), so Setup completes it: the remaining steps are finished.</source>
        <translation>De uitvoering had het vastleggingspunt al bereikt (de nieuwe versie is vastgelegd), dus Setup voltooit deze: de resterende stappen worden afgerond.</translation>
    </message>
    <message>
        <source>Rolling back is no longer the safe way: the change was already recorded as done.</source>
        <translation>Terugdraaien is niet langer de veilige weg: de wijziging is al als voltooid vastgelegd.</translation>
    </message>
    <message>
        <source>The run stopped before its commit point, so Setup rolls it back: every file goes back to exactly what it was before.</source>
        <translation>De uitvoering is gestopt vóór het vastleggingspunt, dus Setup draait deze terug: elk bestand wordt precies teruggezet zoals het was.</translation>
    </message>
    <message>
        <source>Completing is not offered: a run is only finished once it has been recorded as done. After the roll-back you can start the update again.</source>
        <translation>Voltooien wordt niet aangeboden: een uitvoering is pas klaar als deze als voltooid is vastgelegd. Na het terugdraaien kunt u de update opnieuw starten.</translation>
    </message>
    <message>
        <source>Another Setup run is still working on this install. Wait for it to finish, then start Setup again.</source>
        <translation>Een andere uitvoering van Setup werkt nog aan deze installatie. Wacht tot die is voltooid en start Setup daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>RemoveReadyPage</name>
    <message>
        <source>Remove SP1</source>
        <translation>SP1 verwijderen</translation>
    </message>
    <message>
        <source>The rollback store of this SP1 install is missing: Setup cannot put the RMS 1.0 files back. Go back and choose Cancel.</source>
        <translation>De terugdraaigegevens van deze SP1-installatie ontbreken: Setup kan de bestanden van RMS 1.0 niet terugzetten. Ga terug en kies Annuleren.</translation>
    </message>
    <message numerus="yes">
        <source>SP1 was installed fresh: Setup removes its %n file(s), and RMS with them.</source>
        <translation>
            <numerusform>SP1 is nieuw geïnstalleerd: Setup verwijdert het %n bestand van SP1, en daarmee RMS.</numerusform>
            <numerusform>SP1 is nieuw geïnstalleerd: Setup verwijdert de %n bestanden van SP1, en daarmee RMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setup puts %n file(s) of RMS 1.0 back exactly as they were.</source>
        <translation>
            <numerusform>Setup zet %n bestand van RMS 1.0 precies terug zoals het was.</numerusform>
            <numerusform>Setup zet %n bestanden van RMS 1.0 precies terug zoals ze waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It removes %n file(s) that SP1 added.</source>
        <translation>
            <numerusform>Het %n bestand dat SP1 heeft toegevoegd, wordt verwijderd.</numerusform>
            <numerusform>De %n bestanden die SP1 heeft toegevoegd, worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back the RMS 1.0 original</source>
        <translation>Het origineel van RMS 1.0 terugzetten</translation>
    </message>
    <message>
        <source>Remove (added by SP1)</source>
        <translation>Verwijderen (toegevoegd door SP1)</translation>
    </message>
    <message>
        <source>Configuration database: restored from the backup made before SP1 (%1).</source>
        <translation>Configuratiedatabase: hersteld uit de back-up die vóór SP1 is gemaakt (%1).</translation>
    </message>
    <message>
        <source>Configuration database: the SP1 database is kept; RMS 1.0 ignores the fields SP1 added.</source>
        <translation>Configuratiedatabase: de SP1-database blijft behouden; RMS 1.0 negeert de velden die SP1 heeft toegevoegd.</translation>
    </message>
    <message>
        <source>Logging database: put back as it was before SP1.</source>
        <translation>Logboekdatabase: teruggezet zoals die vóór SP1 was.</translation>
    </message>
    <message>
        <source>Ready to remove SP1</source>
        <translation>Gereed om SP1 te verwijderen</translation>
    </message>
    <message>
        <source>Check what Setup will do, then click Remove SP1. After this you cannot go back.</source>
        <translation>Controleer wat Setup gaat doen en klik daarna op SP1 verwijderen. Hierna kunt u niet meer terug.</translation>
    </message>
    <message>
        <source>&amp;Remove SP1</source>
        <translation>SP1 &amp;verwijderen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>What Setup does</source>
        <translation>Wat Setup doet</translation>
    </message>
    <message>
        <source>Files the removal changes</source>
        <translation>Bestanden die het verwijderen wijzigt</translation>
    </message>
</context>
<context>
    <name>RepairPanel</name>
    <message>
        <source>Checking SP1&apos;s files…</source>
        <translation>De bestanden van SP1 controleren…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of SP1 are missing or damaged: the repair reinstalls them from SP1. Nothing else changes; Cancel during the repair rolls it back.</source>
        <translation>
            <numerusform>%n bestand van SP1 ontbreekt of is beschadigd: de reparatie installeert het opnieuw uit SP1. Verder verandert er niets; Annuleren tijdens de reparatie draait die terug.</numerusform>
            <numerusform>%n bestanden van SP1 ontbreken of zijn beschadigd: de reparatie installeert ze opnieuw uit SP1. Verder verandert er niets; Annuleren tijdens de reparatie draait die terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to repair: every SP1 file is in place and undamaged.</source>
        <translation>Niets te repareren: elk bestand van SP1 is aanwezig en onbeschadigd.</translation>
    </message>
    <message>
        <source>Missing: put back</source>
        <translation>Ontbreekt: wordt teruggezet</translation>
    </message>
    <message>
        <source>Damaged: reinstalled</source>
        <translation>Beschadigd: wordt opnieuw geïnstalleerd</translation>
    </message>
    <message>
        <source>Changed on this server and kept as they are: %1</source>
        <translation>Op deze server gewijzigd en behouden zoals ze zijn: %1</translation>
    </message>
    <message>
        <source>Reinstall mode (REINSTALLMODE): %1, as Windows Installer repairs: missing files, older and equal versions, damaged files, and SP1&apos;s registry values.</source>
        <translation>Herinstallatiemodus (REINSTALLMODE): %1, zoals Windows Installer repareert: ontbrekende bestanden, oudere en gelijke versies, beschadigde bestanden en de registerwaarden van SP1.</translation>
    </message>
    <message>
        <source>R&amp;epair SP1 instead: reinstall its missing or damaged files</source>
        <translation>In plaats daarvan SP1 rep&amp;areren: de ontbrekende of beschadigde bestanden opnieuw installeren</translation>
    </message>
    <message>
        <source>Repair SP1 instead: reinstall its missing or damaged files</source>
        <translation>In plaats daarvan SP1 repareren: de ontbrekende of beschadigde bestanden opnieuw installeren</translation>
    </message>
    <message>
        <source>SP1 stays installed. Setup checks every SP1 file against SP1&apos;s own and reinstalls the ones that are missing or damaged; files you changed yourself are kept. The configuration database is not touched.</source>
        <translation>SP1 blijft geïnstalleerd. Setup vergelijkt elk bestand van SP1 met dat van SP1 zelf en installeert de ontbrekende of beschadigde opnieuw; bestanden die u zelf hebt gewijzigd, blijven behouden. De configuratiedatabase blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>What the repair does</source>
        <translation>Wat de reparatie doet</translation>
    </message>
    <message>
        <source>Files the repair reinstalls</source>
        <translation>Bestanden die de reparatie opnieuw installeert</translation>
    </message>
</context>
<context>
    <name>RepairTexts</name>
    <message>
        <source>SP1 is repaired.</source>
        <translation>SP1 is gerepareerd.</translation>
    </message>
    <message>
        <source>Nothing needed repairing: every SP1 file is in place.</source>
        <translation>Er hoefde niets te worden gerepareerd: elk bestand van SP1 is aanwezig.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of SP1 reinstalled:</source>
        <translation>
            <numerusform>%n bestand van SP1 opnieuw geïnstalleerd:</numerusform>
            <numerusform>%n bestanden van SP1 opnieuw geïnstalleerd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>en nog %n.</numerusform>
            <numerusform>en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reinstall mode (REINSTALLMODE): %1</source>
        <translation>Herinstallatiemodus (REINSTALLMODE): %1</translation>
    </message>
    <message>
        <source>The SP1 files are exactly as they were before the repair.</source>
        <translation>De bestanden van SP1 zijn precies zoals ze vóór de reparatie waren.</translation>
    </message>
</context>
<context>
    <name>RestoreCard</name>
    <message>
        <source>Choose the backup made before SP1</source>
        <translation>Kies de back-up die vóór SP1 is gemaakt</translation>
    </message>
    <message>
        <source>Res&amp;tore the backup made before SP1</source>
        <translation>De back-up van vóór SP1 he&amp;rstellen</translation>
    </message>
    <message>
        <source>Restore the backup made before SP1</source>
        <translation>De back-up van vóór SP1 herstellen</translation>
    </message>
    <message>
        <source>Undoes every SP1 change completely, including the fields SP1 added to the configuration database. Changes made to the database since SP1 was installed are lost. Needs the backup and the password of its private key.</source>
        <translation>Maakt alle wijzigingen van SP1 volledig ongedaan, ook de velden die SP1 aan de configuratiedatabase heeft toegevoegd. Wijzigingen in de database sinds de installatie van SP1 gaan verloren. Hiervoor zijn de back-up en het wachtwoord van de persoonlijke sleutel ervan nodig.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Back-up&amp;map:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Kies de back-upmap</translation>
    </message>
    <message>
        <source>&amp;Password of the private key:</source>
        <translation>&amp;Wachtwoord van de persoonlijke sleutel:</translation>
    </message>
    <message>
        <source>Password of the private key</source>
        <translation>Wachtwoord van de persoonlijke sleutel</translation>
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
    <message>
        <source>Sandbox bar</source>
        <translation>Sandboxbalk</translation>
    </message>
    <message>
        <source>Reset scen&amp;ario</source>
        <translation>Scenario opnieuw i&amp;nstellen</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Scenario opnieuw instellen</translation>
    </message>
    <message>
        <source>Start this scenario again from a fresh copy of the sandbox</source>
        <translation>Dit scenario opnieuw beginnen met een nieuwe kopie van de sandbox</translation>
    </message>
</context>
<context>
    <name>SaveAnswers</name>
    <message>
        <source>Save answers</source>
        <translation>Antwoorden opslaan</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <source>The answers were saved to %1</source>
        <translation>De antwoorden zijn opgeslagen in %1</translation>
    </message>
    <message>
        <source>Save ans&amp;wers…</source>
        <translation>&amp;Antwoorden opslaan…</translation>
    </message>
    <message>
        <source>Save these choices in a file, to run the same update or removal elsewhere</source>
        <translation>Deze keuzes in een bestand opslaan, om dezelfde update of verwijdering elders uit te voeren</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Choose a training scenario</source>
        <translation>Kies een trainingsscenario</translation>
    </message>
    <message>
        <source>Sandbox mode: pick the situation to practise. Nothing outside the sandbox folder is changed.</source>
        <translation>Sandboxmodus: kies de situatie die u wilt oefenen. Buiten de sandboxmap wordt niets gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Trainingsscenario&apos;s</translation>
    </message>
    <message>
        <source>Level: %1 · about %2</source>
        <translation>Niveau: %1 · ongeveer %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (trainer)</source>
        <translation>%1 (van de trainer)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setup could not start. The details are in the log %1</source>
        <translation>Setup kon niet starten. De details staan in het logboek %1</translation>
    </message>
    <message>
        <source>Windows RMS Service Pack 1 Setup</source>
        <translation>Setup van Windows RMS Service Pack 1</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>You are handed:</source>
        <translation>U krijgt:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Doelen:</translation>
    </message>
    <message>
        <source>Your assignment</source>
        <translation>Uw opdracht</translation>
    </message>
    <message>
        <source>Setup must run as an administrator to change this server. Close it and start it again with “Run as administrator”.</source>
        <translation>Setup moet als administrator worden uitgevoerd om deze server te wijzigen. Sluit Setup en start het opnieuw met “Uitvoeren als administrator”.</translation>
    </message>
    <message>
        <source>Setup may not change this install: you have no write access to %1. Start Setup as a user who may change these folders.</source>
        <translation>Setup mag deze installatie niet wijzigen: u hebt geen schrijftoegang tot %1. Start Setup als een gebruiker die deze mappen mag wijzigen.</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Scenario opnieuw instellen</translation>
    </message>
    <message>
        <source>The sandbox folder %1 is deleted and replaced by a fresh copy of the scenario; the wizard starts again at the beginning. Deleted with it: the changes to the practice servers, the backups in the sandbox and the steps for the debrief. Debriefs exported to another folder are kept.

Reset the scenario?</source>
        <translation>De sandboxmap %1 wordt verwijderd en vervangen door een nieuwe kopie van het scenario; de wizard begint weer bij het begin. Daarmee verdwijnen: de wijzigingen op de oefenservers, de back-ups in de sandbox en de stappen voor de nabespreking. Nabesprekingen die naar een andere map zijn geëxporteerd, blijven bewaard.

Het scenario opnieuw instellen?</translation>
    </message>
    <message>
        <source>Setup is still at work in the sandbox. Wait until this step has ended (a rollout stops between servers with Stop), then reset the scenario.</source>
        <translation>Setup is nog bezig in de sandbox. Wacht tot deze stap is afgelopen (een uitrol stopt met Stoppen tussen twee servers) en stel daarna het scenario opnieuw in.</translation>
    </message>
    <message>
        <source>The sandbox could not be reset: %1</source>
        <translation>De sandbox kan niet opnieuw worden ingesteld: %1</translation>
    </message>
</context>
<context>
    <name>TraineeName</name>
    <message>
        <source>&amp;Your name (optional):</source>
        <translation>Naam van de &amp;cursist (optioneel):</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Naam van de cursist (optioneel)</translation>
    </message>
    <message>
        <source>Shown on the debrief and in the trainer&apos;s class overview</source>
        <translation>Wordt getoond in de nabespreking en in het groepsoverzicht van de trainer</translation>
    </message>
</context>
<context>
    <name>UpdatingPage</name>
    <message>
        <source>Cancelling: Setup is rolling back every change…</source>
        <translation>Annuleren: Setup draait alle wijzigingen terug…</translation>
    </message>
    <message>
        <source>Cancel requested; rolling back.</source>
        <translation>Annuleren aangevraagd; terugdraaien.</translation>
    </message>
    <message>
        <source>The change had already been committed when Cancel arrived.</source>
        <translation>De wijziging was al vastgelegd toen op Annuleren werd geklikt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gereed.</translation>
    </message>
    <message>
        <source>Cancelled: every change was rolled back.</source>
        <translation>Geannuleerd: alle wijzigingen zijn teruggedraaid.</translation>
    </message>
    <message>
        <source>The server lost power in the middle of the work (drill).</source>
        <translation>De server viel midden in het werk zonder stroom (oefening).</translation>
    </message>
    <message>
        <source>Updating RMS to SP1…</source>
        <translation>RMS bijwerken naar SP1…</translation>
    </message>
    <message>
        <source>Installing RMS with SP1…</source>
        <translation>RMS met SP1 installeren…</translation>
    </message>
    <message>
        <source>Removing SP1…</source>
        <translation>SP1 verwijderen…</translation>
    </message>
    <message>
        <source>Recovering the interrupted run…</source>
        <translation>De onderbroken uitvoering herstellen…</translation>
    </message>
    <message>
        <source>Repairing SP1…</source>
        <translation>SP1 repareren…</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installeren</translation>
    </message>
    <message>
        <source>Removing SP1</source>
        <translation>SP1 verwijderen</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Repairing SP1</source>
        <translation>SP1 repareren</translation>
    </message>
    <message>
        <source>Please wait. RMS keeps running. Cancel stops the work and rolls every change back.</source>
        <translation>Even geduld. RMS blijft actief. Met Annuleren stopt u het werk en worden alle wijzigingen teruggedraaid.</translation>
    </message>
    <message>
        <source>&amp;Progress log:</source>
        <translation>V&amp;oortgangslogboek:</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Voortgangslogboek</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Totale voortgang</translation>
    </message>
    <message>
        <source>The answers were saved to %1</source>
        <translation>De antwoorden zijn opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to the Windows RMS Service Pack 1 Setup Wizard</source>
        <translation>Welkom bij de wizard Setup van Windows RMS Service Pack 1</translation>
    </message>
    <message>
        <source>This wizard updates a Windows Rights Management Services (RMS) 1.0 server to Service Pack 1. RMS keeps running: Setup only adds new files and replaces the files SP1 needs, and a working server needs no new provisioning afterwards.

Before anything changes, the wizard helps you back up the configuration database and the private key. It can also install SP1 on a server without RMS, remove SP1 again, and finish or undo an update that was interrupted.</source>
        <translation>Met deze wizard werkt u een server met Windows Rights Management Services (RMS) 1.0 bij naar Service Pack 1. RMS blijft actief: Setup voegt alleen nieuwe bestanden toe en vervangt de bestanden die SP1 nodig heeft. Een werkende server hoeft daarna niet opnieuw te worden ingericht.

Voordat er iets wordt gewijzigd, helpt de wizard u een back-up te maken van de configuratiedatabase en de persoonlijke sleutel. De wizard kan SP1 ook installeren op een server zonder RMS, SP1 weer verwijderen, en een onderbroken update voltooien of ongedaan maken.</translation>
    </message>
    <message>
        <source>Mode: sandbox training, scenario “%1”. The wizard works on a practice copy in %2; no real server is changed.</source>
        <translation>Modus: training in de sandbox, scenario “%1”. De wizard werkt op een oefenkopie in %2; er wordt geen echte server gewijzigd.</translation>
    </message>
    <message>
        <source>Install: the server folder %1.</source>
        <translation>Installatie: de servermap %1.</translation>
    </message>
    <message>
        <source>No RMS server install was found on this computer. Start the wizard with --root FOLDER to work on a server folder, or with --sandbox to practise on a training copy.</source>
        <translation>Er is op deze computer geen RMS-serverinstallatie gevonden. Start de wizard met --root MAP om met een servermap te werken, of met --sandbox om te oefenen op een trainingskopie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Your assignment</source>
        <translation>Uw opdracht</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Doelen:</translation>
    </message>
    <message>
        <source>You are handed:</source>
        <translation>U krijgt:</translation>
    </message>
    <message>
        <source>Click Next to continue.</source>
        <translation>Klik op Volgende om door te gaan.</translation>
    </message>
    <message>
        <source>Preparing the practice copy…</source>
        <translation>De oefenkopie wordt voorbereid…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Bezig met voorbereiden…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancelled; every change was rolled back.</source>
        <translation>Geannuleerd; alle wijzigingen zijn teruggedraaid.</translation>
    </message>
    <message>
        <source>The operation did not finish.</source>
        <translation>De bewerking is niet voltooid.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this step, and no log could be written.</source>
        <translation>Een onverwacht probleem heeft deze stap gestopt en er kon geen logboek worden geschreven.</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this step. The details are in the log %1</source>
        <translation>Een onverwacht probleem heeft deze stap gestopt. De details staan in het logboek %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Het rapport kan niet naar %1 worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en stoppen</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (mogelijk: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument %r genegeerd</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht precies één waarde</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één waarde</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één waarde</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
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
        <source>Components (installed, version):</source>
        <translation>Onderdelen (geïnstalleerd, versie):</translation>
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
        <source>show the program&apos;s version and exit</source>
        <translation>de versie van het programma tonen en stoppen</translation>
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
        <source>the wizard&apos;s busy bars stand still (also RMS_WIZARD_REDUCE_MOTION=1)</source>
        <translation>de voortgangsbalken van de wizard bewegen niet (ook RMS_WIZARD_REDUCE_MOTION=1)</translation>
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
        <source>a fresh install&apos;s destination folder (a Windows path)</source>
        <translation>de doelmap van een nieuwe installatie (een Windows-pad)</translation>
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
        <source>backing up</source>
        <translation>back-up maken</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <source>drained (out of rotation)</source>
        <translation>uit de rotatie gehaald</translation>
    </message>
    <message>
        <source>applying SP1</source>
        <translation>SP1 installeren</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>controleren</translation>
    </message>
    <message>
        <source>updated to SP1, back in rotation</source>
        <translation>bijgewerkt naar SP1, weer in de rotatie</translation>
    </message>
    <message>
        <source>already SP1, skipped</source>
        <translation>al SP1, overgeslagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <source>plan and run a rolling SP1 rollout over clusters</source>
        <translation>een gefaseerde uitrol van SP1 over clusters plannen en uitvoeren</translation>
    </message>
    <message>
        <source>run the rolling rollout on the nodes of a topology</source>
        <translation>de gefaseerde uitrol uitvoeren op de knooppunten van een topologie</translation>
    </message>
    <message>
        <source>where the cluster and node backups go (or are found)</source>
        <translation>waar de back-ups van clusters en knooppunten worden opgeslagen (of gevonden)</translation>
    </message>
    <message>
        <source>update at most N nodes of a wave at the same time</source>
        <translation>maximaal N knooppunten van een golf tegelijk bijwerken</translation>
    </message>
    <message>
        <source>take each node&apos;s private-key password from the keyring</source>
        <translation>het wachtwoord van de persoonlijke sleutel van elk knooppunt uit de sleutelbos halen</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>Golf %1: %2</translation>
    </message>
    <message>
        <source>[wave %1] %2 (%3): %4</source>
        <translation>[golf %1] %2 (%3): %4</translation>
    </message>
    <message>
        <source>Backup of cluster %1: %2</source>
        <translation>Back-up van cluster %1: %2</translation>
    </message>
    <message>
        <source>The rollout stopped. The deployment runs a mix of 1.0 and SP1 servers, which work together; run the same command again to resume.</source>
        <translation>De uitrol is gestopt. In de implementatie draaien nu 1.0- en SP1-servers door elkaar; die werken samen. Voer dezelfde opdracht opnieuw uit om verder te gaan.</translation>
    </message>
    <message>
        <source>The rollout was cancelled between nodes; run the same command again to resume.</source>
        <translation>De uitrol is tussen twee knooppunten geannuleerd; voer dezelfde opdracht opnieuw uit om verder te gaan.</translation>
    </message>
    <message>
        <source>Every node of the deployment runs SP1.</source>
        <translation>Op elk knooppunt van de implementatie draait SP1.</translation>
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
    <message>
        <source>a command is needed</source>
        <translation>een opdracht is nodig</translation>
    </message>
    <message>
        <source>Windows Installer&apos;s REINSTALLMODE letters: p o e d c a (files), u m s v (default omus)</source>
        <translation>de REINSTALLMODE-letters van Windows Installer: p o e d c a (bestanden), u m s v (standaard omus)</translation>
    </message>
    <message>
        <source>how a file without a version is found changed by you: content (differs from RMS 1.0&apos;s, the default) or dates (modified after created)</source>
        <translation>hoe wordt vastgesteld dat u een bestand zonder versie hebt gewijzigd: content (wijkt af van dat van RMS 1.0, de standaard) of dates (gewijzigd na het maken)</translation>
    </message>
    <message>
        <source>reinstall SP1&apos;s missing or damaged files</source>
        <translation>ontbrekende of beschadigde bestanden van SP1 opnieuw installeren</translation>
    </message>
    <message>
        <source>Windows Installer&apos;s REINSTALLMODE letters for the repair (default pecms)</source>
        <translation>de REINSTALLMODE-letters van Windows Installer voor de reparatie (standaard pecms)</translation>
    </message>
    <message>
        <source>only show what the repair would do</source>
        <translation>alleen tonen wat de reparatie zou doen</translation>
    </message>
    <message>
        <source>The repair would reinstall %1 files.</source>
        <translation>De reparatie zou %1 bestanden opnieuw installeren.</translation>
    </message>
    <message>
        <source>SP1 is repaired: %1 files reinstalled.</source>
        <translation>SP1 is gerepareerd: %1 bestanden opnieuw geïnstalleerd.</translation>
    </message>
    <message>
        <source>Nothing to repair: every SP1 file is in place.</source>
        <translation>Niets te repareren: elk bestand van SP1 is aanwezig.</translation>
    </message>
    <message>
        <source>check, explain or describe an answer file</source>
        <translation>een antwoordbestand controleren, uitleggen of beschrijven</translation>
    </message>
    <message>
        <source>check an answer file (exit 0 when it is valid)</source>
        <translation>een antwoordbestand controleren (afsluitcode 0 als het geldig is)</translation>
    </message>
    <message>
        <source>print an example answer file, explained</source>
        <translation>een voorbeeld van een antwoordbestand tonen, met uitleg</translation>
    </message>
    <message>
        <source>print the JSON Schema of answer files</source>
        <translation>het JSON-schema van antwoordbestanden tonen</translation>
    </message>
    <message>
        <source>do what an answer file recorded, unattended, on one server</source>
        <translation>zonder tussenkomst op één server uitvoeren wat een antwoordbestand heeft vastgelegd</translation>
    </message>
    <message>
        <source>the server folder (instead of the recorded root)</source>
        <translation>de servermap (in plaats van de vastgelegde hoofdmap)</translation>
    </message>
    <message>
        <source>print the plan file by file and change nothing</source>
        <translation>het plan bestand voor bestand tonen en niets wijzigen</translation>
    </message>
    <message>
        <source>the wizard writes the choices of this run to FILE</source>
        <translation>de wizard schrijft de keuzes van deze uitvoering naar FILE</translation>
    </message>
    <message>
        <source>the wizard starts with the choices recorded in FILE</source>
        <translation>de wizard begint met de keuzes die in FILE zijn vastgelegd</translation>
    </message>
    <message>
        <source>The answer file %1 is valid: %2.</source>
        <translation>Het antwoordbestand %1 is geldig: %2.</translation>
    </message>
    <message>
        <source>update RMS 1.0 to SP1</source>
        <translation>RMS 1.0 bijwerken naar SP1</translation>
    </message>
    <message>
        <source>remove SP1 and restore the configuration database from the backup</source>
        <translation>SP1 verwijderen en de configuratiedatabase herstellen uit de back-up</translation>
    </message>
    <message>
        <source>remove SP1 and keep the SP1 configuration database</source>
        <translation>SP1 verwijderen en de SP1-configuratiedatabase behouden</translation>
    </message>
    <message>
        <source>The answer file records no server folder: give it with --root DIR.</source>
        <translation>Het antwoordbestand legt geen servermap vast: geef die op met --root MAP.</translation>
    </message>
    <message>
        <source>SP1 is installed: %1 files written.</source>
        <translation>SP1 is geïnstalleerd: %1 bestanden geschreven.</translation>
    </message>
    <message>
        <source>The password was not kept in the keyring: %1</source>
        <translation>Het wachtwoord is niet in de sleutelbos bewaard: %1</translation>
    </message>
    <message>
        <source>put the 1.0 file back</source>
        <translation>1.0-bestand terugzetten</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>Replay on server %1 (%2):</source>
        <translation>Herhalen op server %1 (%2):</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Proefrun: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>1. Back up the configuration database, the private key and the logging database to %1, and verify the backup.</source>
        <translation>1. Een back-up maken van de configuratiedatabase, de persoonlijke sleutel en de logboekdatabase in %1, en de back-up controleren.</translation>
    </message>
    <message>
        <source>1. Back up the configuration database and the private key to %1, and verify the backup.</source>
        <translation>1. Een back-up maken van de configuratiedatabase en de persoonlijke sleutel in %1, en de back-up controleren.</translation>
    </message>
    <message>
        <source>2. Apply SP1, file by file:</source>
        <translation>2. SP1 toepassen, bestand voor bestand:</translation>
    </message>
    <message>
        <source>   The past statistics are copied back from the backed-up logging database.</source>
        <translation>   De eerdere statistieken worden teruggezet uit de logboekdatabase in de back-up.</translation>
    </message>
    <message>
        <source>3. Check that the install is exactly SP1.</source>
        <translation>3. Controleren dat de installatie precies SP1 is.</translation>
    </message>
    <message>
        <source>1. Verify the backup in %1 and restore the configuration database from it.</source>
        <translation>1. De back-up in %1 controleren en de configuratiedatabase eruit herstellen.</translation>
    </message>
    <message>
        <source>1. Keep the SP1 configuration database.</source>
        <translation>1. De SP1-configuratiedatabase behouden.</translation>
    </message>
    <message>
        <source>2. Remove SP1, file by file:</source>
        <translation>2. SP1 verwijderen, bestand voor bestand:</translation>
    </message>
    <message>
        <source>3. Check that the install is exactly RMS 1.0.</source>
        <translation>3. Controleren dat de installatie precies RMS 1.0 is.</translation>
    </message>
    <message>
        <source>score a sandbox (debrief SANDBOX_DIR), or a class (debrief collect DIR...)</source>
        <translation>een sandbox beoordelen (debrief SANDBOXMAP), of een groep (debrief collect MAP...)</translation>
    </message>
    <message>
        <source>also write the debrief (or the overview) as HTML</source>
        <translation>de nabespreking (of het overzicht) ook als HTML schrijven</translation>
    </message>
    <message>
        <source>collect: write the class overview as CSV</source>
        <translation>collect: het groepsoverzicht als CSV schrijven</translation>
    </message>
    <message>
        <source>debrief takes one sandbox folder (several only after &apos;collect&apos;).</source>
        <translation>debrief neemt één sandboxmap (meerdere alleen na &apos;collect&apos;).</translation>
    </message>
    <message>
        <source>Scenario %1: %2 of %3 recommendations followed (%4%)</source>
        <translation>Scenario %1: %2 van %3 aanbevelingen opgevolgd (%4%)</translation>
    </message>
    <message>
        <source>debrief collect needs a folder.</source>
        <translation>debrief collect heeft een map nodig.</translation>
    </message>
    <message>
        <source>%1 runs found.</source>
        <translation>%1 oefenrondes gevonden.</translation>
    </message>
    <message>
        <source>also offer the trainer&apos;s scenarios in DIR</source>
        <translation>ook de scenario&apos;s van de trainer in DIR aanbieden</translation>
    </message>
    <message>
        <source>draw the scenario&apos;s values (password, names) from seed N: the same N, the same run</source>
        <translation>de waarden van het scenario (wachtwoord, namen) trekken uit startwaarde N: dezelfde N, dezelfde oefening</translation>
    </message>
    <message>
        <source>check a trainer&apos;s scenario file</source>
        <translation>een scenariobestand van een trainer controleren</translation>
    </message>
    <message>
        <source>check a scenario file (exit 0 when it is valid)</source>
        <translation>een scenariobestand controleren (afsluitcode 0 als het geldig is)</translation>
    </message>
    <message>
        <source>print the JSON Schema of scenario files</source>
        <translation>het JSON-schema van scenariobestanden weergeven</translation>
    </message>
    <message>
        <source>The scenario file %1 is valid: %2 (%3).</source>
        <translation>Het scenariobestand %1 is geldig: %2 (%3).</translation>
    </message>
    <message>
        <source>(trainer)</source>
        <translation>(van de trainer)</translation>
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
        <source>The SP1 payload file %1 was not copied completely.</source>
        <translation>Het bestand %1 uit het SP1-installatiepakket is niet volledig gekopieerd.</translation>
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
        <source>backup.json was changed after the backup was made</source>
        <translation>backup.json is gewijzigd nadat de back-up is gemaakt</translation>
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
        <translation>Licentiecluster %1 noemt niet de basiscertificeringscluster waarbij deze is subingeschreven.</translation>
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
        <translation>Cluster %1 heeft geen knooppunt in de rotatie: de cluster verwerkt nu geen aanvragen.</translation>
    </message>
    <message>
        <source>Cluster %1 has a single node in rotation (%2): the cluster is out of service while that node is updated.</source>
        <translation>Cluster %1 heeft maar één knooppunt in de rotatie (%2): de cluster is buiten dienst zolang dat knooppunt wordt bijgewerkt.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>RMS is still writing to its database %1: stop the RMS service first.</source>
        <translation>RMS schrijft nog naar zijn database %1: stop eerst de RMS-service.</translation>
    </message>
    <message>
        <source>The database %1 cannot be changed: %2</source>
        <translation>De database %1 kan niet worden gewijzigd: %2</translation>
    </message>
    <message>
        <source>The database %1 has an unfinished SQLite transaction (%2 is beside it): run recover to finish it.</source>
        <translation>De database %1 heeft een onvoltooide SQLite-transactie (%2 staat ernaast): voer recover uit om deze af te ronden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>De database %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
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
        <source>The file name of %1 is not a valid install path.</source>
        <translation>De bestandsnaam van %1 is geen geldig installatiepad.</translation>
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
        <source>Whether the server has to contact Microsoft over the internet to enroll: every RMS 1.0 server has to; an SP1 server can enroll offline.</source>
        <translation>Of de server voor de inschrijving via internet contact moet opnemen met Microsoft: elke RMS 1.0-server moet dat; een SP1-server kan offline worden ingeschreven.</translation>
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
        <source>The scenario file %1 is not valid: %2</source>
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
        <source>The change was made, but finishing it failed: %1. Run recover to finish it.</source>
        <translation>De wijziging is aangebracht, maar het afronden is mislukt: %1. Voer recover uit om deze af te ronden.</translation>
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
        <source>The configuration database has neither the 1.0 nor the SP1 schema.</source>
        <translation>De configuratiedatabase heeft niet het schema van 1.0 en ook niet dat van SP1.</translation>
    </message>
    <message>
        <source>The configuration database has the 1.0 schema.</source>
        <translation>De configuratiedatabase heeft het schema van 1.0.</translation>
    </message>
    <message>
        <source>The configuration database keeps the fields SP1 added (RMS 1.0 ignores them).</source>
        <translation>De configuratiedatabase behoudt de velden die SP1 heeft toegevoegd (RMS 1.0 negeert ze).</translation>
    </message>
    <message>
        <source>The logging database does not have the schema of RMS %1.</source>
        <translation>De logboekdatabase heeft niet het schema van RMS %1.</translation>
    </message>
    <message>
        <source>The plan names node %1 of cluster %2, which the topology does not have.</source>
        <translation>Het plan noemt knooppunt %1 van cluster %2, maar dat knooppunt komt niet voor in de topologie.</translation>
    </message>
    <message>
        <source>Node %1 is the last node of cluster %2 in rotation; draining it would take the whole cluster out of service.</source>
        <translation>Knooppunt %1 is het laatste knooppunt van cluster %2 in de rotatie; als u het uit de rotatie haalt, is de hele cluster buiten dienst.</translation>
    </message>
    <message>
        <source>The cluster name %1 cannot be used as a backup folder name.</source>
        <translation>De clusternaam %1 kan niet worden gebruikt als naam van een back-upmap.</translation>
    </message>
    <message>
        <source>The node name %1 cannot be used as a backup folder name.</source>
        <translation>De knooppuntnaam %1 kan niet worden gebruikt als naam van een back-upmap.</translation>
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
        <translation>De onderbroken uitvoering herstellen</translation>
    </message>
    <message>
        <source>You backed up the configuration database and the private key before anything changed: with that backup the server can always go back to where it was.</source>
        <translation>U hebt een back-up gemaakt van de configuratiedatabase en de persoonlijke sleutel voordat er iets werd gewijzigd: met die back-up kan de server altijd terug naar de oude toestand.</translation>
    </message>
    <message>
        <source>The backup was made only after the update had started. Back up first: a backup made during the change may already hold half of it.</source>
        <translation>De back-up is pas gemaakt nadat de update was gestart. Maak eerst een back-up: een back-up die tijdens de wijziging wordt gemaakt, kan die wijziging al half bevatten.</translation>
    </message>
    <message>
        <source>No backup was made. Back up the configuration database and the server&apos;s private key before every update.</source>
        <translation>Er is geen back-up gemaakt. Maak vóór elke update een back-up van de configuratiedatabase en de persoonlijke sleutel van de server.</translation>
    </message>
    <message>
        <source>Backed up the configuration database and the private key first</source>
        <translation>Eerst een back-up gemaakt van de configuratiedatabase en de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>Verified the backup</source>
        <translation>De back-up gecontroleerd</translation>
    </message>
    <message>
        <source>The backup was checked: every file is whole and the backed-up key opens with the password.</source>
        <translation>De back-up is gecontroleerd: elk bestand is volledig en de sleutel in de back-up gaat open met het wachtwoord.</translation>
    </message>
    <message>
        <source>The backup was not verified before the update. A backup that cannot be restored is no backup: check it while the server is still unchanged.</source>
        <translation>De back-up is vóór de update niet gecontroleerd. Een back-up die niet kan worden hersteld, is geen back-up: controleer deze zolang de server nog ongewijzigd is.</translation>
    </message>
    <message>
        <source>Backed up the logging database (statistics matter)</source>
        <translation>Een back-up gemaakt van de logboekdatabase (de statistische gegevens zijn belangrijk)</translation>
    </message>
    <message>
        <source>The logging database was backed up, so the past statistics survive SP1&apos;s new logging database.</source>
        <translation>Er is een back-up gemaakt van de logboekdatabase, dus de eerder vastgelegde statistische gegevens blijven behouden na de nieuwe logboekdatabase van SP1.</translation>
    </message>
    <message>
        <source>In this scenario the past statistics must be kept, but the logging database was not backed up before the update: SP1 recreates it empty.</source>
        <translation>In dit scenario moeten de eerder vastgelegde statistische gegevens behouden blijven, maar er is vóór de update geen back-up van de logboekdatabase gemaakt: SP1 maakt deze leeg opnieuw.</translation>
    </message>
    <message>
        <source>Made sure of the private-key password</source>
        <translation>Gecontroleerd dat u het wachtwoord van de persoonlijke sleutel hebt</translation>
    </message>
    <message>
        <source>The password was checked against the private key before the change.</source>
        <translation>Het wachtwoord is vóór de wijziging gecontroleerd met de persoonlijke sleutel.</translation>
    </message>
    <message>
        <source>The private-key password was not checked before the change. Without it the backed-up key cannot be used.</source>
        <translation>Het wachtwoord van de persoonlijke sleutel is vóór de wijziging niet gecontroleerd. Zonder dit wachtwoord kan de sleutel in de back-up niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Installed the missing critical and security updates first</source>
        <translation>Eerst de ontbrekende essentiële updates en beveiligingsupdates geïnstalleerd</translation>
    </message>
    <message>
        <source>The operating system was brought up to date before RMS was updated.</source>
        <translation>Het besturingssysteem is bijgewerkt voordat RMS werd bijgewerkt.</translation>
    </message>
    <message>
        <source>Critical and security updates were missing and were not installed before the update. Install them first, on servers and on clients.</source>
        <translation>Er ontbraken essentiële updates en beveiligingsupdates en die zijn vóór de update niet geïnstalleerd. Installeer ze eerst, op servers en op clients.</translation>
    </message>
    <message>
        <source>Left the admin&apos;s changes alone</source>
        <translation>De wijzigingen van de beheerder ongemoeid gelaten</translation>
    </message>
    <message>
        <source>The admin&apos;s change to %1 is still there: the update kept the modified file.</source>
        <translation>De wijziging van de beheerder in %1 is er nog: de update heeft het gewijzigde bestand behouden.</translation>
    </message>
    <message>
        <source>The admin&apos;s change to %1 is gone. Files changed on the server must be kept; review them after the update instead.</source>
        <translation>De wijziging van de beheerder in %1 is verdwenen. Bestanden die op de server zijn gewijzigd, moeten behouden blijven; controleer ze in plaats daarvan na de update.</translation>
    </message>
    <message>
        <source>Handled the drill</source>
        <translation>De oefening afgehandeld</translation>
    </message>
    <message>
        <source>The password you were handed was wrong on purpose. You noticed before anything was changed and went on with the right one.</source>
        <translation>Het wachtwoord dat u kreeg, was met opzet onjuist. U merkte het voordat er iets werd gewijzigd en ging verder met het juiste wachtwoord.</translation>
    </message>
    <message>
        <source>The password you were handed was wrong on purpose, and the right one was not checked before going on. Stop when the key does not open and ask its custodian.</source>
        <translation>Het wachtwoord dat u kreeg, was met opzet onjuist, en het juiste wachtwoord is niet gecontroleerd voordat u verderging. Stop als de sleutel niet opengaat en vraag het wachtwoord aan de beheerder van de sleutel.</translation>
    </message>
    <message>
        <source>The update was interrupted on purpose. At the next start the interrupted update was recovered and the server is in a known state again.</source>
        <translation>De update is met opzet onderbroken. Bij de volgende start is de onderbroken update hersteld en is de server weer in een bekende toestand.</translation>
    </message>
    <message>
        <source>The update was interrupted on purpose, but it was not recovered: an interrupted update must be rolled back or completed before anything else.</source>
        <translation>De update is met opzet onderbroken, maar niet hersteld: een onderbroken update moet eerst worden teruggedraaid of voltooid.</translation>
    </message>
    <message>
        <source>The update failed on purpose and every change was rolled back: the server is in a known state.</source>
        <translation>De update is met opzet mislukt en alle wijzigingen zijn teruggedraaid: de server is in een bekende toestand.</translation>
    </message>
    <message>
        <source>The drill&apos;s failure was not seen through: run the update until it fails, and check that the rollback left the server in a known state.</source>
        <translation>De fout uit de oefening is niet tot het einde gevolgd: voer de update uit tot deze mislukt en controleer of de server na het terugdraaien in een bekende toestand is.</translation>
    </message>
    <message>
        <source>%1 Found: %2</source>
        <translation>%1 Gevonden: %2</translation>
    </message>
    <message>
        <source>Restored the configuration database made before SP1</source>
        <translation>De configuratiedatabase van vóór SP1 hersteld</translation>
    </message>
    <message>
        <source>Restoring the backup made before SP1 undid every SP1 change completely.</source>
        <translation>Door de back-up van vóór SP1 te herstellen, zijn alle wijzigingen van SP1 volledig ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>The SP1 configuration database was kept. RMS 1.0 ignores its extra fields, but with a backup from before SP1 at hand, restoring it undoes every SP1 change.</source>
        <translation>De SP1-configuratiedatabase is behouden. RMS 1.0 negeert de extra velden, maar met een back-up van vóór SP1 bij de hand maakt het herstellen daarvan alle wijzigingen van SP1 ongedaan.</translation>
    </message>
    <message>
        <source>Cluster %1 was started before its root certification cluster was done. Update the root certification clusters first.</source>
        <translation>Cluster %1 is gestart voordat de bijbehorende basiscertificeringscluster klaar was. Werk eerst de basiscertificeringsclusters bij.</translation>
    </message>
    <message>
        <source>The licensing clusters were not reached: the rollout is not finished.</source>
        <translation>De licentieclusters zijn niet bereikt: de uitrol is niet voltooid.</translation>
    </message>
    <message>
        <source>The root certification clusters were done before the licensing clusters sub-enrolled to them.</source>
        <translation>De basiscertificeringsclusters waren klaar vóór de licentieclusters die erbij zijn subingeschreven.</translation>
    </message>
    <message>
        <source>Root certification clusters first</source>
        <translation>Eerst de basiscertificeringsclusters</translation>
    </message>
    <message>
        <source>Every node of cluster %1 was out of rotation at the same time: the cluster served nobody. Update a part of a cluster at a time.</source>
        <translation>Alle knooppunten van cluster %1 waren tegelijk uit de rotatie: de cluster bediende niemand. Werk telkens een gedeelte van een cluster bij.</translation>
    </message>
    <message>
        <source>No node was updated: the rollout did not start.</source>
        <translation>Er is geen knooppunt bijgewerkt: de uitrol is niet gestart.</translation>
    </message>
    <message>
        <source>Each cluster kept serving: only a part of it was out of rotation at a time.</source>
        <translation>Elke cluster bleef beschikbaar: er was telkens maar een gedeelte uit de rotatie.</translation>
    </message>
    <message>
        <source>A part of a cluster at a time</source>
        <translation>Telkens een gedeelte van een cluster</translation>
    </message>
    <message>
        <source>Every server ends exactly at RMS %1, verified.</source>
        <translation>Elke server eindigt precies op RMS %1, gecontroleerd.</translation>
    </message>
    <message>
        <source>Not exactly at RMS %1 at the end: %2.</source>
        <translation>Aan het einde niet precies op RMS %1: %2.</translation>
    </message>
    <message>
        <source>Reached the scenario&apos;s goal</source>
        <translation>Het doel van het scenario bereikt</translation>
    </message>
    <message>
        <source>Updated the remaining 1.0 clients</source>
        <translation>De resterende 1.0-clients bijgewerkt</translation>
    </message>
    <message>
        <source>Every RMS client runs SP1: all clients are self-activating and none needs to contact Microsoft over the internet to activate.</source>
        <translation>Op elke RMS-client draait SP1: alle clients zijn zelfactiverend en geen enkele hoeft via internet verbinding te maken met Microsoft om te activeren.</translation>
    </message>
    <message>
        <source>These computers still run RMS client 1.0 and activate over the internet: %1.</source>
        <translation>Op deze computers draait nog RMS-client 1.0 en ze activeren via internet: %1.</translation>
    </message>
    <message>
        <source>Add</source>
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
        <source>Root certification server</source>
        <translation>Basiscertificeringsserver</translation>
    </message>
    <message>
        <source>Licensing-only server</source>
        <translation>Server voor alleen licentieverlening</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>geïnstalleerd</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>niet geïnstalleerd</translation>
    </message>
    <message>
        <source>interrupted update (run the recovery first)</source>
        <translation>onderbroken update (voer eerst het herstel uit)</translation>
    </message>
    <message>
        <source>inconsistent (not a state Setup can update)</source>
        <translation>inconsistent (Setup kan deze toestand niet bijwerken)</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nabespreking: %1</translation>
    </message>
    <message>
        <source>Scenario %1 · level: %2 · %3 minutes · made %4</source>
        <translation>Scenario %1 · niveau: %2 · %3 minuten · gemaakt op %4</translation>
    </message>
    <message>
        <source>Score: %1 of %2 recommendations followed (%3%)</source>
        <translation>Score: %1 van %2 aanbevelingen opgevolgd (%3%)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Controlelijst</translation>
    </message>
    <message>
        <source>The drill</source>
        <translation>De oefening</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>The operator’s steps</source>
        <translation>De stappen van de beheerder</translation>
    </message>
    <message>
        <source>there is no space left on the disk</source>
        <translation>er is geen ruimte meer op de schijf</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>deze bewerking is niet toegestaan</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>a read or write error occurred on the disk</source>
        <translation>er is een lees- of schrijffout op de schijf opgetreden</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the file or folder already exists</source>
        <translation>het bestand of de map bestaat al</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>de map is niet leeg</translation>
    </message>
    <message>
        <source>the file or folder is in use</source>
        <translation>het bestand of de map is in gebruik</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden geopend</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>de bestandsnaam is te lang</translation>
    </message>
    <message>
        <source>a file cannot be moved to another disk</source>
        <translation>een bestand kan niet naar een andere schijf worden verplaatst</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>het schijfquotum is overschreden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the disk is full (%1). Once there is free space again, run recover to finish.</source>
        <translation>de schijf is vol (%1). Voer recover uit zodra er weer vrije ruimte is; dan wordt het afgerond.</translation>
    </message>
    <message>
        <source>a file or folder is read-only or protected (%1). Once it can be changed again, run recover to finish.</source>
        <translation>een bestand of map is alleen-lezen of beveiligd (%1). Voer recover uit zodra deze weer kan worden gewijzigd; dan wordt het afgerond.</translation>
    </message>
    <message>
        <source>%1. Once that is fixed, run recover to finish.</source>
        <translation>%1. Voer recover uit zodra dat is opgelost; dan wordt het afgerond.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>The interrupted run could not be rolled back completely, so the server is not yet as it was before; the journal is kept. What blocks it: %1</source>
        <translation>De onderbroken uitvoering kon niet volledig worden teruggedraaid, dus de server is nog niet zoals hij was; het journaal blijft bewaard. Wat dit tegenhoudt: %1</translation>
    </message>
    <message>
        <source>The run failed (%1) and could not be rolled back completely, so the server is not yet as it was before; the journal is kept. What blocks it: %2</source>
        <translation>De uitvoering is mislukt (%1) en kon niet volledig worden teruggedraaid, dus de server is nog niet zoals hij was; het journaal blijft bewaard. Wat dit tegenhoudt: %2</translation>
    </message>
    <message>
        <source>The interrupted run could not be completed yet; the journal is kept. What blocks it: %1</source>
        <translation>De onderbroken uitvoering kon nog niet worden afgerond; het journaal blijft bewaard. Wat dit tegenhoudt: %1</translation>
    </message>
    <message>
        <source>%1 in the install folder is a link or is not a folder: the wizard does not write or remove anything through it (it could lead outside the install). Nothing was changed. Replace it with an ordinary folder or file, then try again.</source>
        <translation>%1 in de installatiemap is een koppeling of geen map: de wizard schrijft of verwijdert niets via deze koppeling (die kan buiten de installatie leiden). Er is niets gewijzigd. Vervang deze door een gewone map of een gewoon bestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The wizard&apos;s journal or rollback store names %1 as its own working file, but it is not in the wizard&apos;s folder %2: refused (the journal or store may have been altered). Nothing was changed.</source>
        <translation>Het journaal of de terugdraaigegevens van de wizard noemen %1 als eigen werkbestand, maar dat staat niet in de map %2 van de wizard: geweigerd (het journaal of de terugdraaigegevens zijn mogelijk gewijzigd). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 has more than one name (a hard link): updating it in place would change the other names too, which may be outside the install. Nothing was changed. Make it a file of its own (copy it, then put the copy in its place), then try again.</source>
        <translation>%1 heeft meer dan één naam (een harde koppeling): als het ter plaatse wordt bijgewerkt, veranderen de andere namen ook, en die kunnen buiten de installatie liggen. Er is niets gewijzigd. Maak er een eigen bestand van (kopieer het en zet de kopie op zijn plaats) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is not a file version: one to four numbers from 0 to 65535, separated by dots, such as 5.2.3790.134.</source>
        <translation>%1 is geen bestandsversie: één tot vier getallen van 0 tot en met 65535, gescheiden door punten, zoals 5.2.3790.134.</translation>
    </message>
    <message>
        <source>Setup cannot write to the folder %1: %2. Choose another folder.</source>
        <translation>Setup kan niet schrijven naar de map %1: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Install detected</source>
        <translation>Installatie gedetecteerd</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Back-up gecontroleerd</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>Password checked: it opens the key</source>
        <translation>Wachtwoord gecontroleerd: het opent de sleutel</translation>
    </message>
    <message>
        <source>Wrong password entered</source>
        <translation>Onjuist wachtwoord ingevoerd</translation>
    </message>
    <message>
        <source>Password stored in the keyring</source>
        <translation>Wachtwoord opgeslagen in de sleutelbos</translation>
    </message>
    <message>
        <source>Logging database backed up</source>
        <translation>Back-up van de logboekdatabase gemaakt</translation>
    </message>
    <message>
        <source>Missing Windows updates installed</source>
        <translation>Ontbrekende Windows-updates geïnstalleerd</translation>
    </message>
    <message>
        <source>Update started</source>
        <translation>Update gestart</translation>
    </message>
    <message>
        <source>Update done</source>
        <translation>Update voltooid</translation>
    </message>
    <message>
        <source>Update failed and rolled back</source>
        <translation>Update mislukt en teruggedraaid</translation>
    </message>
    <message>
        <source>SP1 removed</source>
        <translation>SP1 verwijderd</translation>
    </message>
    <message>
        <source>Removal failed and rolled back</source>
        <translation>Verwijderen mislukt en teruggedraaid</translation>
    </message>
    <message>
        <source>SP1 repaired</source>
        <translation>SP1 gerepareerd</translation>
    </message>
    <message>
        <source>Repair failed and rolled back</source>
        <translation>Reparatie mislukt en teruggedraaid</translation>
    </message>
    <message>
        <source>Interrupted run recovered</source>
        <translation>Onderbroken uitvoering hersteld</translation>
    </message>
    <message>
        <source>Cancelled and rolled back</source>
        <translation>Geannuleerd en teruggedraaid</translation>
    </message>
    <message>
        <source>Power lost during the work (drill)</source>
        <translation>Stroomuitval tijdens het werk (oefening)</translation>
    </message>
    <message>
        <source>Server taken out of rotation</source>
        <translation>Server uit de rotatie gehaald</translation>
    </message>
    <message>
        <source>Server updated</source>
        <translation>Server bijgewerkt</translation>
    </message>
    <message>
        <source>Server update failed</source>
        <translation>Update van de server mislukt</translation>
    </message>
    <message>
        <source>Clients updated to SP1</source>
        <translation>Clients bijgewerkt naar SP1</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Taal gewijzigd</translation>
    </message>
    <message>
        <source>Detecting the installation</source>
        <translation>De installatie detecteren</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Private-key password</source>
        <translation>Wachtwoord van de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>Gereed voor installatie</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Completing the Setup Wizard</source>
        <translation>De wizard Setup wordt voltooid</translation>
    </message>
    <message>
        <source>Recover an interrupted run</source>
        <translation>Een onderbroken uitvoering herstellen</translation>
    </message>
    <message>
        <source>Remove Service Pack 1</source>
        <translation>Service Pack 1 verwijderen</translation>
    </message>
    <message>
        <source>Ready to remove SP1</source>
        <translation>Gereed om SP1 te verwijderen</translation>
    </message>
    <message>
        <source>RMS 1.0 and SP1 together</source>
        <translation>RMS 1.0 en SP1 samen</translation>
    </message>
    <message>
        <source>Rolling update of the clusters</source>
        <translation>Gefaseerde update van de clusters</translation>
    </message>
    <message>
        <source>Update the clients</source>
        <translation>De clients bijwerken</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>The same version (%1) is installed in more languages (%2) than SP1&apos;s file has (%3): the file with more languages is kept.</source>
        <translation>Dezelfde versie (%1) is geïnstalleerd in meer talen (%2) dan het bestand van SP1 heeft (%3): het bestand met meer talen blijft staan.</translation>
    </message>
    <message>
        <source>SP1&apos;s file of the same version (%1) has more languages (%2) than the installed one (%3): the file with more languages wins.</source>
        <translation>Het bestand van SP1 met dezelfde versie (%1) heeft meer talen (%2) dan het geïnstalleerde (%3): het bestand met meer talen wint.</translation>
    </message>
    <message>
        <source>The same version (%1) is installed in the language of the product (%2), which SP1&apos;s file lacks: it is kept.</source>
        <translation>Dezelfde versie (%1) is geïnstalleerd in de taal van het product (%2), die het bestand van SP1 mist: het blijft staan.</translation>
    </message>
    <message>
        <source>SP1&apos;s file of the same version (%1) is in other languages (%2 instead of %3): the file of the product being installed wins.</source>
        <translation>Het bestand van SP1 met dezelfde versie (%1) is in andere talen (%2 in plaats van %3): het bestand van het product dat wordt geïnstalleerd wint.</translation>
    </message>
    <message>
        <source>The creation date of the installed file is not known: it is kept, as a changed file would be.</source>
        <translation>De aanmaakdatum van het geïnstalleerde bestand is onbekend: het blijft staan, zoals een gewijzigd bestand.</translation>
    </message>
    <message>
        <source>Modified (%1) after it was created (%2): changed on this server, your changes are kept.</source>
        <translation>Gewijzigd (%1) nadat het is gemaakt (%2): gewijzigd op deze server, uw wijzigingen blijven behouden.</translation>
    </message>
    <message>
        <source>Not modified after it was created (%1): unchanged, SP1 updates it.</source>
        <translation>Niet gewijzigd nadat het is gemaakt (%1): ongewijzigd, SP1 werkt het bij.</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>geen versie</translation>
    </message>
    <message>
        <source>Its companion file %1 is installed at a higher version (%2) than SP1&apos;s (%3): it stays with it.</source>
        <translation>Het bijbehorende bestand %1 is geïnstalleerd in een hogere versie (%2) dan die van SP1 (%3): dit bestand blijft erbij staan.</translation>
    </message>
    <message>
        <source>Its companion file %1 is installed at SP1&apos;s version, and the reinstall mode %2 does not reinstall an unversioned companion then.</source>
        <translation>Het bijbehorende bestand %1 is geïnstalleerd in de versie van SP1, en de herinstallatiemodus %2 installeert een bijbehorend bestand zonder versie dan niet opnieuw.</translation>
    </message>
    <message>
        <source>It follows its companion file %1, which is not installed at a higher version than SP1&apos;s %2: it is installed with it.</source>
        <translation>Het volgt het bijbehorende bestand %1, dat niet in een hogere versie is geïnstalleerd dan versie %2 van SP1: het wordt ermee geïnstalleerd.</translation>
    </message>
    <message>
        <source>The reinstall mode %1 reinstalls only missing files: the installed file stays.</source>
        <translation>De herinstallatiemodus %1 installeert alleen ontbrekende bestanden opnieuw: het geïnstalleerde bestand blijft staan.</translation>
    </message>
    <message>
        <source>The reinstall mode %1 reinstalls every file, whatever its version.</source>
        <translation>De herinstallatiemodus %1 installeert elk bestand opnieuw, welke versie het ook heeft.</translation>
    </message>
    <message>
        <source>The same version (%1) is installed, and the reinstall mode %2 reinstalls equal versions.</source>
        <translation>Dezelfde versie (%1) is geïnstalleerd, en de herinstallatiemodus %2 installeert gelijke versies opnieuw.</translation>
    </message>
    <message>
        <source>The installed file is not SP1&apos;s (%1 installed, %2 in SP1), and the reinstall mode %3 reinstalls a different file.</source>
        <translation>Het geïnstalleerde bestand is niet dat van SP1 (%1 geïnstalleerd, %2 in SP1), en de herinstallatiemodus %3 installeert een afwijkend bestand opnieuw.</translation>
    </message>
    <message>
        <source>The installed file has SP1&apos;s version (%1) but not its content: damaged, the reinstall mode %2 reinstalls it.</source>
        <translation>Het geïnstalleerde bestand heeft de versie van SP1 (%1) maar niet de inhoud: beschadigd, de herinstallatiemodus %2 installeert het opnieuw.</translation>
    </message>
    <message>
        <source>The reinstall mode %1 does not reinstall this file: the installed file stays.</source>
        <translation>De herinstallatiemodus %1 installeert dit bestand niet opnieuw: het geïnstalleerde bestand blijft staan.</translation>
    </message>
    <message>
        <source>Repair reinstalls SP1&apos;s files, and SP1 is not installed here: update the server to SP1 instead.</source>
        <translation>Repareren installeert de bestanden van SP1 opnieuw, en SP1 is hier niet geïnstalleerd: werk de server in plaats daarvan bij naar SP1.</translation>
    </message>
    <message>
        <source>Missing on this server: SP1&apos;s file is put back.</source>
        <translation>Ontbreekt op deze server: het bestand van SP1 wordt teruggezet.</translation>
    </message>
    <message>
        <source>The repair failed and was rolled back: %1</source>
        <translation>De reparatie is mislukt en teruggedraaid: %1</translation>
    </message>
    <message>
        <source>unexpected text after the key name</source>
        <translation>onverwachte tekst na de sleutelnaam</translation>
    </message>
    <message>
        <source>the file ends inside this value (its last line stops before the value does)</source>
        <translation>het bestand eindigt midden in deze waarde (de laatste regel houdt op voordat de waarde af is)</translation>
    </message>
    <message>
        <source>regedit would not import this file at all</source>
        <translation>regedit zou dit bestand helemaal niet importeren</translation>
    </message>
    <message>
        <source>regedit would skip this line and import the rest</source>
        <translation>regedit zou deze regel overslaan en de rest importeren</translation>
    </message>
    <message>
        <source>regedit would skip this key and its values</source>
        <translation>regedit zou deze sleutel en zijn waarden overslaan</translation>
    </message>
    <message>
        <source>regedit would ignore this value</source>
        <translation>regedit zou deze waarde negeren</translation>
    </message>
    <message>
        <source>regedit would keep the last one</source>
        <translation>regedit zou de laatste aanhouden</translation>
    </message>
    <message>
        <source>regedit would import what comes before the cut and silently lose the rest</source>
        <translation>regedit zou importeren wat vóór de breuk staat en de rest zonder melding kwijtraken</translation>
    </message>
    <message>
        <source>The registry export %1 is not valid: line %2: %3 (%4).</source>
        <translation>De registerexport %1 is ongeldig: regel %2: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not a reinstall mode: use the letters p, o, e, d, c, a, u, m, s and v, such as omus or emus.</source>
        <translation>%1 is geen herinstallatiemodus: gebruik de letters p, o, e, d, c, a, u, m, s en v, zoals omus of emus.</translation>
    </message>
    <message>
        <source>The registry of this server names no private key file.</source>
        <translation>Het register van deze server noemt geen bestand met de persoonlijke sleutel.</translation>
    </message>
    <message>
        <source>The backup just written failed its check and was removed: %1</source>
        <translation>De zojuist gemaakte back-up kwam niet door de controle en is verwijderd: %1</translation>
    </message>
    <message>
        <source>The keyring backend %1 is not one known to encrypt passwords (Secret Service, Windows Credential Locker, macOS Keychain, KWallet), so it is not used.</source>
        <translation>De sleutelbos-backend %1 staat niet bekend als een die wachtwoorden versleutelt (Secret Service, Windows Referentiekluis, macOS-sleutelhanger, KWallet) en wordt daarom niet gebruikt.</translation>
    </message>
    <message>
        <source>You changed SP1 files after the update; your versions are kept in %1: %2</source>
        <translation>U hebt na de update SP1-bestanden gewijzigd; uw versies zijn bewaard in %1: %2</translation>
    </message>
    <message>
        <source>The rollback store %1 has been altered or damaged (it names a path outside the install, or a part is missing): SP1 is not removed and nothing was changed.</source>
        <translation>De terugdraaiopslag %1 is gewijzigd of beschadigd (er staat een pad buiten de installatie in, of een deel ontbreekt): SP1 is niet verwijderd en er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The rollback store records no hash for %1 (%2), so it cannot be checked: SP1 is not removed and nothing was changed.</source>
        <translation>De terugdraaigegevens bevatten geen hash voor %1 (%2), dus die kan niet worden gecontroleerd: SP1 is niet verwijderd en er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The rollback store&apos;s copy of %1 (%2) is missing: SP1 is not removed and nothing was changed.</source>
        <translation>De kopie van %1 (%2) in de terugdraaigegevens ontbreekt: SP1 is niet verwijderd en er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The rollback store&apos;s copy of %1 (%2) was changed after SP1 was installed: SP1 is not removed and nothing was changed.</source>
        <translation>De kopie van %1 (%2) in de terugdraaigegevens is gewijzigd nadat SP1 is geïnstalleerd: SP1 is niet verwijderd en er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The answer file asks for “%1”, but RMS is not installed in %2.</source>
        <translation>Het antwoordbestand vraagt om “%1”, maar RMS is niet geïnstalleerd in %2.</translation>
    </message>
    <message>
        <source>The answer file asks for an update, but server %1 already has SP1: nothing to update.</source>
        <translation>Het antwoordbestand vraagt om een update, maar server %1 heeft al SP1: er is niets bij te werken.</translation>
    </message>
    <message>
        <source>Answer file, field backup_dir: the folder %1 exists and is not empty.</source>
        <translation>Antwoordbestand, veld backup_dir: de map %1 bestaat al en is niet leeg.</translation>
    </message>
    <message>
        <source>Answer file, field include_logging_db: server %1 has no logging database.</source>
        <translation>Antwoordbestand, veld include_logging_db: server %1 heeft geen logboekdatabase.</translation>
    </message>
    <message>
        <source>The answer file asks to remove SP1, but server %1 has RMS %2: nothing to remove.</source>
        <translation>Het antwoordbestand vraagt SP1 te verwijderen, maar server %1 heeft RMS %2: er is niets te verwijderen.</translation>
    </message>
    <message>
        <source>Answer file, field %1: %2</source>
        <translation>Antwoordbestand, veld %1: %2</translation>
    </message>
    <message>
        <source>an update needs a backup folder</source>
        <translation>een update heeft een map voor de back-up nodig</translation>
    </message>
    <message>
        <source>a removal needs the choice restore or keep</source>
        <translation>verwijderen vraagt de keuze restore (herstellen) of keep (behouden)</translation>
    </message>
    <message>
        <source>only for a removal, not for an update</source>
        <translation>alleen bij verwijderen, niet bij een update</translation>
    </message>
    <message>
        <source>only for an update, not for a removal</source>
        <translation>alleen bij een update, niet bij verwijderen</translation>
    </message>
    <message>
        <source>needs include_logging_db: true (the statistics come from that backup)</source>
        <translation>vereist include_logging_db: true (de statistieken komen uit die back-up)</translation>
    </message>
    <message>
        <source>restoring the configuration database needs the backup folder</source>
        <translation>voor het herstellen van de configuratiedatabase is de map van de back-up nodig</translation>
    </message>
    <message>
        <source>only with config_db: restore</source>
        <translation>alleen bij config_db: restore</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>het pad is leeg</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: {server}, {time})</source>
        <translation>onbekende plaatshouder {%1} (bekend: {server}, {time})</translation>
    </message>
    <message>
        <source>a brace { or } without its pair</source>
        <translation>een accolade { of } zonder tegenhanger</translation>
    </message>
    <message>
        <source>an answer file never holds the password: give it with --password-stdin or --password-from-keyring</source>
        <translation>een antwoordbestand bevat nooit het wachtwoord: geef het op met --password-stdin of --password-from-keyring</translation>
    </message>
    <message>
        <source>The answer file is not a JSON object.</source>
        <translation>Het antwoordbestand is geen JSON-object.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is not a field of an answer file</source>
        <translation>is geen veld van een antwoordbestand</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze waarden zijn: %1</translation>
    </message>
    <message>
        <source>has a value of the wrong kind</source>
        <translation>heeft een waarde van het verkeerde soort</translation>
    </message>
    <message>
        <source>The answer file is not valid JSON (line %1, column %2).</source>
        <translation>Het antwoordbestand is geen geldige JSON (regel %1, kolom %2).</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>het is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>The answer file %1 cannot be read: %2</source>
        <translation>Het antwoordbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The answer file %1 cannot be written: %2</source>
        <translation>Het antwoordbestand %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>{server} cannot be filled in: the server has no name</source>
        <translation>{server} kan niet worden ingevuld: de server heeft geen naam</translation>
    </message>
    <message>
        <source>rms-wizard answer file. operation: update (RMS 1.0 to SP1) or remove (SP1 back to 1.0). update: backup_dir (absent or empty), include_logging_db, import_statistics. remove: config_db (restore or keep) and, to restore, restore_from. Paths may hold {server} and {time}; relative paths are under the server&apos;s root. root: the server it was recorded on (rms-wizard replay --root overrides it). use_keyring: keep the password in the keyring. language: en or nl. The password is never written here.</source>
        <translation>Antwoordbestand van rms-wizard. operation: update (RMS 1.0 naar SP1) of remove (SP1 terug naar 1.0). update: backup_dir (bestaat niet of is leeg), include_logging_db, import_statistics. remove: config_db (restore of keep) en, om te herstellen, restore_from. Paden mogen {server} en {time} bevatten; relatieve paden liggen onder de hoofdmap van de server. root: de server waarop het is vastgelegd (rms-wizard replay --root gaat daarvoor). use_keyring: het wachtwoord in de sleutelbos bewaren. language: en of nl. Het wachtwoord staat hier nooit in.</translation>
    </message>
    <message>
        <source>The backup could not be written (nothing was kept): %1</source>
        <translation>De back-up kon niet worden geschreven (er is niets bewaard): %1</translation>
    </message>
    <message>
        <source>The topology file %1 is nested too deeply.</source>
        <translation>Het topologiebestand %1 is te diep genest.</translation>
    </message>
    <message>
        <source>The folder %1 of node %2 contains a control character (such as NUL), which no folder name can hold.</source>
        <translation>De map %1 van knooppunt %2 bevat een stuurteken (zoals NUL), dat geen mapnaam kan bevatten.</translation>
    </message>
    <message>
        <source>The install folder cannot be locked against other runs: %1</source>
        <translation>De installatiemap kan niet worden vergrendeld tegen andere uitvoeringen: %1</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>het databasebestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>%1 was changed while this run was preparing, so its plan no longer fits the install. Nothing was changed; run the command again.</source>
        <translation>%1 is gewijzigd terwijl deze uitvoering zich voorbereidde, dus het plan past niet meer bij de installatie. Er is niets gewijzigd; voer de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>%1 became a link or stopped being a folder while the run was under way: the wizard wrote nothing through it (it could lead outside the install). Put the ordinary folder back, then run the command again.</source>
        <translation>%1 werd tijdens de uitvoering een koppeling of is geen map meer: de wizard heeft er niets via geschreven (die kan buiten de installatie leiden). Zet de gewone map terug en voer de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>No sandbox or exported debrief was found in %1.</source>
        <translation>In %1 is geen sandbox of geëxporteerde nabespreking gevonden.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Groepsoverzicht</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Cursist</translation>
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
        <translation>Benodigde tijd (s)</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>%1 runs. Items failed by half the class or more are marked: teach again.</source>
        <translation>%1 oefenrondes. Punten die de helft van de groep of meer niet haalde, zijn gemarkeerd: opnieuw uitleggen.</translation>
    </message>
    <message>
        <source>Time per page: %1</source>
        <translation>Tijd per pagina: %1</translation>
    </message>
    <message>
        <source>Hint taken</source>
        <translation>Hint gebruikt</translation>
    </message>
    <message>
        <source>Trainee named</source>
        <translation>Naam van de cursist opgegeven</translation>
    </message>
    <message>
        <source>Page opened</source>
        <translation>Pagina geopend</translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Benodigde tijd: %1</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Cursist: %1</translation>
    </message>
    <message>
        <source>Hints taken: %1. Each hint costs %2% of its item&apos;s weight, at most %3% per item.</source>
        <translation>Gebruikte hints: %1. Elke hint kost %2% van het gewicht van het betreffende punt, ten hoogste %3% per punt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>de tekst is leeg</translation>
    </message>
    <message>
        <source>this field is missing</source>
        <translation>dit veld ontbreekt</translation>
    </message>
    <message>
        <source>there is no debrief item %1 (the items: %2)</source>
        <translation>er is geen nabesprekingspunt %1 (de punten: %2)</translation>
    </message>
    <message>
        <source>the debrief item %1 does not apply to this scenario (it has: %2)</source>
        <translation>het nabesprekingspunt %1 geldt niet voor dit scenario (het heeft: %2)</translation>
    </message>
    <message>
        <source>the install has no file %1</source>
        <translation>de installatie heeft geen bestand %1</translation>
    </message>
    <message>
        <source>it cannot be built: %1</source>
        <translation>het kan niet worden opgebouwd: %1</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>geen geldige JSON (regel %1, kolom %2)</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>het is te diep genest</translation>
    </message>
    <message>
        <source>(scenario): an object is needed here</source>
        <translation>(scenario): hier is een object nodig</translation>
    </message>
    <message>
        <source>The scenarios folder %1 does not exist.</source>
        <translation>De scenariomap %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The trainer scenario %1 has the id %2, which another scenario already has: give it an id of its own.</source>
        <translation>Het scenario van de trainer %1 heeft de id %2, die een ander scenario al heeft: geef het een eigen id.</translation>
    </message>
    <message>
        <source>this field is not part of a scenario</source>
        <translation>dit veld hoort niet bij een scenario</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>de lijst is leeg</translation>
    </message>
    <message>
        <source>the value does not have the required form</source>
        <translation>de waarde heeft niet de vereiste vorm</translation>
    </message>
    <message>
        <source>a text is needed here</source>
        <translation>hier is een tekst nodig</translation>
    </message>
    <message>
        <source>a whole number is needed here</source>
        <translation>hier is een geheel getal nodig</translation>
    </message>
    <message>
        <source>true or false is needed here</source>
        <translation>hier is true of false nodig</translation>
    </message>
    <message>
        <source>a list is needed here</source>
        <translation>hier is een lijst nodig</translation>
    </message>
    <message>
        <source>an object is needed here</source>
        <translation>hier is een object nodig</translation>
    </message>
    <message>
        <source>the number is too small</source>
        <translation>het getal is te klein</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>het getal is te groot</translation>
    </message>
    <message>
        <source>the value is not one of the allowed values</source>
        <translation>de waarde is niet een van de toegestane waarden</translation>
    </message>
    <message>
        <source>the combination of fields is not allowed</source>
        <translation>deze combinatie van velden is niet toegestaan</translation>
    </message>
    <message>
        <source>the value is not allowed</source>
        <translation>de waarde is niet toegestaan</translation>
    </message>
    <message>
        <source>%1: the variable %2 is not declared in variables</source>
        <translation>%1: de variabele %2 is niet gedeclareerd in variables</translation>
    </message>
    <message>
        <source>The backup folder %1 was replaced (by a link or another folder) while the backup was written: the backup was not kept. Choose the folder again and make a new backup.</source>
        <translation>De back-upmap %1 is vervangen (door een koppeling of een andere map) terwijl de back-up werd geschreven: de back-up is niet bewaard. Kies de map opnieuw en maak een nieuwe back-up.</translation>
    </message>
    <message>
        <source>Choose a destination folder first.</source>
        <translation>Kies eerst een doelmap.</translation>
    </message>
    <message>
        <source>%1 is not a full folder path, such as %2. Choose another folder.</source>
        <translation>%1 is geen volledig pad naar een map, zoals %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>The folder %1 leads outside this server&apos;s files. Choose another folder.</source>
        <translation>De map %1 leidt buiten de bestanden van deze server. Kies een andere map.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 is een bestand, geen map. Kies een andere map.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for SP1.</source>
        <translation>De map %1 is niet leeg. Kies een nieuwe of lege map voor SP1.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for %1: SP1 needs %2 MB, %3 MB is free.</source>
        <translation>Er is niet genoeg vrije schijfruimte voor %1: SP1 heeft %2 MB nodig, %3 MB is vrij.</translation>
    </message>
    <message>
        <source>RMS is already installed on this server: a destination folder is chosen only for a fresh install.</source>
        <translation>RMS is al geïnstalleerd op deze server: een doelmap kiest u alleen bij een nieuwe installatie.</translation>
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
        <source>Repair of RMS SP1</source>
        <translation>Reparatie van RMS SP1</translation>
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
        <source>SP1 is repaired: its missing or damaged files were reinstalled.</source>
        <translation>SP1 is gerepareerd: de ontbrekende of beschadigde bestanden zijn opnieuw geïnstalleerd.</translation>
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
        <source>The run failed and could not be rolled back completely: the install is not as before. Run the recovery once the cause is lifted.</source>
        <translation>De uitvoering is mislukt en kon niet volledig worden teruggedraaid: de installatie is niet zoals ervoor. Voer het herstel uit zodra de oorzaak is opgeheven.</translation>
    </message>
    <message>
        <source>The run stopped on an unexpected error; the setup log has the details.</source>
        <translation>De uitvoering is gestopt door een onverwachte fout; het installatielogboek bevat de details.</translation>
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
