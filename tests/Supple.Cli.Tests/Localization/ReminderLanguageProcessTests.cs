using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple remind</c> and <c>supple calendar</c> in the person's language: the lines on screen and the
/// .ics event's SUMMARY and DESCRIPTION, which keep RFC 5545's escaping and its folding at 75 octets.
/// </summary>
public sealed partial class ReminderLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-remind-", columns: 200);


    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Supple_lang_de_remind_reads_in_German_and_English_is_as_before()
    {
        var off = await _folder.RunAsync(["--lang", "de", "remind"]);
        Assert.True(off.ExitCode == 0, off.Stderr);
        Assert.Contains("Tägliche Erinnerung: aus. Schalte sie mit supple remind --at 08:30 ein.", off.Stdout, StringComparison.Ordinal);
        Assert.Contains("Schreibtischpausen: alle 50m (Standard), solange 'supple breaks' läuft.", off.Stdout, StringComparison.Ordinal);

        var set = await _folder.RunAsync(["--lang", "de", "remind", "--at", "07:45", "--break-every", "45m"]);
        Assert.True(set.ExitCode == 0, set.Stderr);
        Assert.Contains("Gespeichert.", set.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Tägliche Erinnerung: 07:45 \(Europe/Berlin\); die nächste am (Mo|Di|Mi|Do|Fr|Sa|So)\.?, \d{1,2}\. \w+\.? um 07:45\.", OneLine(set.Stdout));
        Assert.Contains("führe supple calendar --out supple.ics aus und importiere die Datei.", OneLine(set.Stdout), StringComparison.Ordinal);
        Assert.Contains("Schreibtischpausen: alle 45m, solange 'supple breaks' läuft.", set.Stdout, StringComparison.Ordinal);
        foreach (var english in new[] { "Daily reminder", "Desk breaks", "Saved", "every", "while" })
        {
            Assert.DoesNotContain(english, set.Stdout, StringComparison.Ordinal);
        }

        var en = await _folder.RunAsync(["--lang", "en", "remind"]);
        Assert.Matches(@"Daily reminder: 07:45 \(Europe/Berlin\); next on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) at 07:45\.", en.Stdout);
        Assert.Contains("Desk breaks: every 45m while 'supple breaks' runs.", en.Stdout, StringComparison.Ordinal);
        Assert.Contains("run supple calendar --out supple.ics and import the file.", OneLine(en.Stdout), StringComparison.Ordinal);

        var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "remind", "--at", "07:30"]);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
        Assert.All(Lines(pseudo.Stdout), line => Assert.True(PseudoLocale.IsTransformed(Verbatim().Replace(line, "")), $"not translated: {line}"));
    }

    [Fact]
    public async Task Supple_lang_de_calendar_writes_a_German_event_that_still_folds_at_75_octets_and_parses()
    {
        var ics = _folder.File("supple.ics");

        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "calendar", "--out", ics, "--at", "07:15"]);

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"geschrieben: jeden Tag um 07:15 \(Europe/Berlin\) ab \d\d\.\d\d\.\d{4}, etwa \d+:\d\d, mit einem Alarm zu Beginn\.", OneLine(stdout));
        Assert.Contains("Importiere sie in deine Kalender-App", stdout, StringComparison.Ordinal);

        var bytes = await File.ReadAllBytesAsync(ics);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); // no multi-byte character cut by a fold
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' ') && line.Any(c => c > 127)); // folded lines with umlauts in them

        var e = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal("Supple: die Übungen für heute", e.Summary);
        Assert.StartsWith("Die Übungen für heute:\n1. ", e.Description, StringComparison.Ordinal);
        Assert.Contains("\n\nStarte sie in Supple. ", e.Description, StringComparison.Ordinal);
        Assert.Contains("Katze-Kamel-Dehnung", e.Description, StringComparison.Ordinal); // the stretches' German names
        Assert.Contains("\\n", text, StringComparison.Ordinal); // RFC 5545 escaping of the line breaks
        Assert.Equal("Supple: die Übungen für heute", Assert.Single(e.Alarms).Description);

        var en = await _folder.RunAsync(["--lang", "en", "calendar", "--out", ics, "--at", "07:15"]);
        Assert.Matches(@"Wrote .*supple\.ics: every day at 07:15 \(Europe/Berlin\) from \d{4}-\d\d-\d\d, about \d+:\d\d, with an alarm at the start\.", OneLine(en.Stdout));
        Assert.Equal("Supple: today's stretches", Assert.Single(Calendar.Load(await File.ReadAllTextAsync(ics))!.Events).Summary);

        var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "calendar", "--out", ics]);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
        Assert.All(Lines(pseudo.Stdout.Replace(ics, "", StringComparison.Ordinal)), line => Assert.True(PseudoLocale.IsTransformed(Verbatim().Replace(line, "")), $"not translated: {line}"));
    }

    private static string OneLine(string text) => string.Join(' ', Lines(text));

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Names and values, never translated: "supple" and its commands and options, the zone, times, dates, durations.</summary>
    [GeneratedRegex(@"\bsupple\.ics\b|\bsupple( [a-z]+)?\b|'[^']*'|--[a-z-]+|Europe/Berlin|\d[\d:.\-/ hms]*")]
    private static partial Regex Verbatim();
}
