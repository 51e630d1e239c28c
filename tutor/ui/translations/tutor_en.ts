<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountsTab</name>
    <message>
        <source>Add &amp;teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityScreen</name>
    <message>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress toward mastering this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This session: {right} of %n answer(s) right.</source>
        <translation>
            <numerusform>This session: {right} of %n answer right.</numerusform>
            <numerusform>This session: {right} of %n answers right.</numerusform>
        </translation>
    </message>
    <message>
        <source>You mastered: {skills}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your next activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Well done!&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished everything there is for now. Choose a topic to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Let&apos;s see what you already know&lt;/h2&gt;Question {n} of at most {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to review: {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher set this: {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint:&lt;/b&gt; {hints}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your answer is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How to solve it:&lt;/b&gt; {solution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% toward mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;★ You have mastered {skill}!&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved: {problem} Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Go back Home and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill (done when mastered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson (done when read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz (done when handed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <source>&amp;New assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {learners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz {title} was saved: assign it with New assignment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {learners} learners · {skills} skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class report: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery by skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no learners yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills mastered per learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one needs help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers} answers, {right} right ({percent}%) · {minutes} minutes on task · {hints} hints used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner report: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {last}. Bars: answers per day (the darker part was right). Line: skills mastered at the end of each day, out of {skills}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent misconceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feedback} ({times}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class no longer exists on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {what} to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full. Free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive or folder is read-only. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is gone (USB stick removed?). Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive stopped answering (removed?). Plug it back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is too long. Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Try again, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <source>Learners of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roster (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;group of selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set lan&amp;guage of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) added from the roster.</source>
        <translation>
            <numerusform>%n learner added from the roster.</numerusform>
            <numerusform>%n learners added from the roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Language set for %n learner(s).</source>
        <translation>
            <numerusform>Language set for %n learner.</numerusform>
            <numerusform>Language set for %n learners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) archived; their answers are kept.</source>
        <translation>
            <numerusform>%n learner archived; their answers are kept.</numerusform>
            <numerusform>%n learners archived; their answers are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group {name} was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one learner to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was changed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class {name} was made; choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class is now called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class was archived; its learners and their answers are kept.</source>
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
    <name>DaysChart</name>
    <message>
        <source>{days}; last day {answers}, {right} right; {mastered} of {skills} mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n day of practice</numerusform>
            <numerusform>%n days of practice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendedTextWidget</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have finished, press {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillGapsWidget</name>
    <message>
        <source>Write what goes in each gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap {number}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Not right</source>
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
    <name>ItemWidget</name>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher will read your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Not quite: {right} of {total} right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture for the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture {number} for the question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>Items, hardest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items this class answered, hardest first, with common wrong answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} ({times}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet.</source>
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
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with your next lesson or practice</source>
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
        <source>To&amp;pics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic and press Enter to practise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;work from your teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work from your teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n answer(s)</source>
        <translation>
            <numerusform>This week: {done} of %n answer</numerusform>
            <numerusform>This week: {done} of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n-day streak</numerusform>
            <numerusform>%n-day streak</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 locked: finish the topics before it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ mastered, time to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! keep going, ask your teacher for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… learning ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n activity(s)</source>
        <translation>
            <numerusform>{title}: %n activity</numerusform>
            <numerusform>{title}: %n activities</numerusform>
        </translation>
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
    <name>LearnerPage</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note the learner sees on their home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset PIN or pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per day (bars) and skills mastered (line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent misconceptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), {right} right</source>
        <translation>
            <numerusform>%n answer, {right} right</numerusform>
            <numerusform>%n answers, {right} right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on task</source>
        <translation>
            <numerusform>%n minute on task</numerusform>
            <numerusform>%n minutes on task</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s) used</source>
        <translation>
            <numerusform>%n hint used</numerusform>
            <numerusform>%n hints used</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right / answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times}× {feedback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN or picture password was removed; the learner signs in without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerSignIn</name>
    <message>
        <source>&amp;Not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press your three pictures in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has {least} to {most} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not right. Try again. If the next try is wrong, you will wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, Tutor could not check that. Try again, or ask your teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Please wait {wait}, then try again.</source>
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
    <name>LessonMarkup</name>
    <message>
        <source>{numerator} over {denominator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Picture not shown: {description}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Picture not shown]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys or Page Up and Page Down to read. {keys} continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on when you have read the lesson ({keys})</source>
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
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher &amp;Mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content Packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
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
    <name>MasteryGridModel</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{learner}, {skill}: {status}, {right} of {attempts} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(placed by the placement check)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasteryGridView</name>
    <message>
        <source>Mastery of each learner in each skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <source>Choose the match for each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match for {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} No match chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Wrong</source>
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
        <source>Line {line}: {problem}</source>
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
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Choose every right answer. You can also press their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Missed: this one is right too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <source>Put these in order. Choose one, then move it with the buttons, or with Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position}. {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {position} of {count}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Right place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Wrong place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureGrid</name>
    <message>
        <source>Picture password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pictures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures pressed: {count} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits typed: {count}</source>
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
    <name>QuizDialog</name>
    <message>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions drawn from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a chosen question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} from {skill}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — question {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your teacher will read your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You got {right} of {count} right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number}: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>There is a recording, but this laptop cannot play sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker or headphones found. Plug some in, then press again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleChoiceWidget</name>
    <message>
        <source>Choose one answer. You can also press its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} This is the right answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation>
            <numerusform>%n answer waiting</numerusform>
            <numerusform>%n answers waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: {reason} {waiting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at {time} · {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet · {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school server cannot be reached; answers wait here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server no longer accepts this laptop; ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop is not enrolled with a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s reply cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused; the log has the detail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherExports</name>
    <message>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradebook (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer log (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;report (PDF)…</source>
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
    <name>TeacherWording</name>
    <message>
        <source>mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden drop: {right} of the last {tries} answers right, where the model expected about {expected} from earlier work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struggling with {skill}: {right} of the last {tries} right; estimate {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled on {skill}: {tries} tries without progress (estimate {before} → {now}), {right} right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherWorkspace</name>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradebook, answer log or printable report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners and &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher a&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n learner(s))</source>
        <translation>
            <numerusform>{name} (%n learner)</numerusform>
            <numerusform>{name} (%n learners)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message>
        <source>{learners}, {skills}. Enter on a learner opens their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class yet: add one on the Learners and groups tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at each learner&apos;s recent answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one needs help right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <source>A progress bundle holds this laptop&apos;s learners, classes, assignments and every answer. Write one to a USB stick, then read it on another laptop or the school server: reading the same bundle twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write progress to a USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read progress from a USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the progress bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written and checked: {file} ({answers} answers). It is safe to remove the stick (use Eject or Safely Remove first if your computer offers it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a progress bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress bundles (*.tutorbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and reading the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle from {laptop} was read on {date} already; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bundle from {laptop}: {answers}, {learners}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n new answer</numerusform>
            <numerusform>%n new answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)&apos; progress brought up to date</source>
        <translation>
            <numerusform>%n learner&apos;s progress brought up to date</numerusform>
            <numerusform>%n learners&apos; progress brought up to date</numerusform>
        </translation>
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
<context>
    <name>_ChoiceWidget</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LineWidget</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Not right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
