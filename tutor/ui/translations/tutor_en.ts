<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <message>
        <source>This session: {right} of {answered} answers right.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This lesson has a recording, but this laptop cannot play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of this lesson could not be played.</source>
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
