using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple</c>'s other commands in the person's language: German words (and German numbers and dates) in
/// German, no plain English word of the command's own under the pseudo-locale, English as before.
/// </summary>
public sealed partial class CommandLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang2-", columns: 160);


    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Supple_lang_de_stats_reads_in_German_with_German_numbers_and_dates()
    {
        await LogThreeSessionsAsync();

        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "stats"]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Aktuelle Serie", stdout, StringComparison.Ordinal);
        Assert.Contains("an 3 von 7 Tagen geübt", stdout, StringComparison.Ordinal);
        Assert.Contains("6,0 -> 4,0 im Schnitt (Veränderung -2,0, 3 Einheiten)", stdout, StringComparison.Ordinal); // decimal comma, plural
        Assert.Matches(@"Schmerzverlauf, 30 Tage +gleichbleibend: etwa gleich über \d+ Tage \(Steigung [-+]?\d,\d pro Woche, 3 Werte\)", stdout);
        Assert.Matches(@"heute \d\d\.\d\d\.\d{4}", stdout); // the German short date
        Assert.Contains("Übersprungen", stdout, StringComparison.Ordinal);
        foreach (var english in new[] { "streak", "days", "Sessions", "average", "Skipped", "today" })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }

        var english2 = await _folder.RunAsync(["--lang", "en", "stats"]);
        Assert.Contains("6.0 -> 4.0 on average (change -2.0, 3 sessions)", english2.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Days counted in       Europe/Berlin, today \d{4}-\d\d-\d\d", english2.Stdout);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_stats_has_no_plain_English()
    {
        await LogThreeSessionsAsync();

        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", PseudoLocale.Name, "stats"]);

        Assert.True(exit == 0, stderr);
        var lines = Lines(stdout);
        Assert.True(lines.Count >= 10, stdout);
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(AllowListed().Replace(line, "")), $"not translated: {line}"));
    }

    [Fact]
    public async Task Supple_lang_de_chart_draws_with_German_titles_legends_and_dates_and_says_so_in_German()
    {
        await LogThreeSessionsAsync();
        var svg = _folder.File("chart.svg");

        var (exit, stdout, stderr) = await _folder.RunAsync(["--lang", "de", "chart", "--out", svg, "--days", "30"]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("3 Einheiten und 0 Schmerzeinträge der letzten 30 Tage gezeichnet in", stdout, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(svg);
        foreach (var german in new[] { "Schmerz in den letzten 30 Tagen", "Einheiten pro Woche", "Schmerz vor einer Einheit", "Einheit abgeschlossen", "Tägliches Üben (7 pro Woche)" })
        {
            Assert.Contains(german, text, StringComparison.Ordinal);
        }

        Assert.Matches(@"\d{1,2} (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}", text); // German month abbreviations on the date axis
        foreach (var english in new[] { "Pain over", "Sessions per week", "Pain before", "Session completed", "Daily practice" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }

        var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, "chart", "--out", svg, "--days", "30"]);
        Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
        var line = AllowListed().Replace(string.Join(' ', Lines(pseudo.Stdout)).Replace(svg, "", StringComparison.Ordinal), "");
        Assert.True(PseudoLocale.IsTransformed(line), pseudo.Stdout);
    }

    [Fact]
    public async Task Supple_lang_de_log_and_pain_confirm_in_German_and_the_pseudo_locale_leaves_no_English()
    {
        var log = await _folder.RunAsync(["--lang", "de", "log", "--stretch", "cat-camel", "--stretch", "chest-opener", "--at", "2026-03-04 18:30"]);
        Assert.True(log.ExitCode == 0, log.Stderr);
        Assert.Equal("Eine Einheit mit 2 Übungen am 04.03.2026 18:30 (Europe/Berlin) eingetragen.", string.Join(' ', Lines(log.Stdout)));

        var pain = await _folder.RunAsync(["--lang", "de", "pain", "3", "--at", "2026-03-05 08:00"]);
        Assert.True(pain.ExitCode == 0, pain.Stderr);
        Assert.Equal("Schmerz 3/10 für 05.03.2026 08:00 notiert.", string.Join(' ', Lines(pain.Stdout)));

        var english = await _folder.RunAsync(["--lang", "en", "log", "--stretch", "cat-camel", "--at", "2026-03-04 19:30"]);
        Assert.Equal("Logged a session of 1 stretch on 2026-03-04 19:30 (Europe/Berlin).", string.Join(' ', Lines(english.Stdout)));

        foreach (string[] args in new[] { new[] { "log", "--at", "2026-03-06 18:30" }, new[] { "pain", "4", "--at", "2026-03-06 09:00" } })
        {
            var pseudo = await _folder.RunAsync(["--lang", PseudoLocale.Name, .. args]);
            Assert.True(pseudo.ExitCode == 0, pseudo.Stderr);
            var line = AllowListed().Replace(string.Join(' ', Lines(pseudo.Stdout)), "");
            Assert.True(PseudoLocale.IsTransformed(line), pseudo.Stdout);
        }
    }

    private async Task LogThreeSessionsAsync()
    {
        foreach (var daysAgo in new[] { 1, 2, 4 })
        {
            var at = DateTime.Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " 18:30";
            var log = await _folder.RunAsync(["log", "--stretch", "cat-camel", "--at", at, "--pain-before", "6", "--pain-after", "4"]);
            Assert.True(log.ExitCode == 0, log.Stderr);
        }
    }

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>What is not a translated text: ids (stretches, the time zone), "supple" and its commands' names.</summary>
    [GeneratedRegex(@"cat-camel|Europe/Berlin|\bsupple\b")]
    private static partial Regex AllowListed();
}
