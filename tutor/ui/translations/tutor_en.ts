<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Tutor cannot use its data folder {path} ({reason}). Ask whoever looks after this laptop to check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor is already open on this computer for this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <source>Content packs</source>
        <extracomment>Asks a yes/no question: (title, question, details) → yes? Picks a pack file to install, or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install or update from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed {pack} {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {pack} from {previous} to {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is signed by “{publisher}”. This laptop does not know their key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint:
{fingerprint}

Trust it only if it matches, character for character, the fingerprint the publisher gave you on paper or by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: the publisher was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install an unsigned pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed this pack, so Tutor cannot tell who made it or whether it was changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it only if you made it yourself or got it from someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an older version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {installed} is installed; this file holds the older version {offered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners keep their progress either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: the newer version stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be installed; nothing was changed:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {title}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lessons and activities leave this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners&apos; answers and progress stay, and come back if you install it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor content packs (*.tutorpack)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor ran into a problem it did not expect. Answers that were already saved are safe. You can keep working; if this happens again, tell your teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for whoever looks after this laptop are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopPage</name>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names that help teachers tell laptops and schools apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Hillside Primary School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laptop name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chool name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>There are no lessons on this laptop yet. Your teacher can install a content pack from teacher mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the list of learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {count} activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics on this laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one name per line. You can add more learners later in teacher mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Class 4B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner na&amp;mes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is longer than 100 characters: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} appears twice. Add something to tell them apart, such as an initial.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Tutor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content Packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor {version}
Offline-first tutoring for schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor — {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor is already open — here it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>&amp;Quit Tutor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This laptop&apos;s Tutor data was saved by a newer version of Tutor. Install that version (or newer) to open it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in Tutor&apos;s data folder is not a Tutor database, so Tutor will not touch it. Move it away or choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor could not update its data to this version. Nothing was changed and a backup was kept. Go back to the previous version of Tutor and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor is not allowed to write to its data folder. Ask whoever looks after this laptop to give it access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in Tutor&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners yet. A teacher can add learners in teacher mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your name to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school} — pick your name to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher mode is protected by this password. Students never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters. Write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherSignInDialog</name>
    <message>
        <source>Teacher sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher screens need a teacher&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That username and password do not match a teacher account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not right. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s get this laptop ready for your learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up this laptop for my school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo with a sample class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up asks for the laptop&apos;s name, your school, a teacher password and your learners&apos; names. The demo creates a sample class so you can look around first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
