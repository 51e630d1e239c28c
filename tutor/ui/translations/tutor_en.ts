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
