using System.Diagnostics;
using System.Text;

namespace Supple.Breaks.Tests;

/// <summary>
/// The native <c>supple-breaks</c> as built next to <c>supple</c>: it refuses to run without a valid job, runs a job to
/// its end, and stops cleanly on SIGTERM.
/// </summary>
public sealed class NativeProgramTests
{
    [Fact]
    public async Task Without_a_job_it_says_who_starts_it()
    {
        var (exit, stdout, stderr) = await RunAsync(job: null);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("supple-breaks: this program is started by 'supple breaks'; run that instead.\n", stderr);
    }

    [Theory]
    [InlineData("LANG", "de_DE.UTF-8", "supple-breaks: dieses Programm wird von 'supple breaks' gestartet; führe stattdessen das aus.\n")]
    [InlineData("LC_ALL", "es_ES.UTF-8", "supple-breaks: este programa lo inicia 'supple breaks'; ejecuta eso en su lugar.\n")]
    [InlineData("LC_MESSAGES", "fr_FR.UTF-8", "supple-breaks: ce programme est lancé par 'supple breaks' ; lancez plutôt cette commande.\n")]
    [InlineData("LANG", "C", "supple-breaks: this program is started by 'supple breaks'; run that instead.\n")]
    [InlineData("LANG", "ja_JP.UTF-8", "supple-breaks: this program is started by 'supple breaks'; run that instead.\n")]
    public async Task Without_a_job_it_says_so_in_the_language_of_the_environment_as_supple_would(string variable, string value, string expected)
    {
        var (exit, _, stderr) = await RunAsync(job: null, (variable, value));

        Assert.Equal(2, exit);
        Assert.Equal(expected, stderr);
    }

    [Fact]
    public async Task Without_a_job_under_the_pseudo_locale_no_plain_English_word_is_left()
    {
        var (exit, _, stderr) = await RunAsync(job: null, ("LANG", Supple.Core.Localization.PseudoLocale.Name));

        Assert.Equal(2, exit);
        var message = stderr.TrimEnd('\n')["supple-breaks: ".Length..].Replace("'supple breaks'", "", StringComparison.Ordinal);
        Assert.True(Supple.Core.Localization.PseudoLocale.IsTransformed(message), stderr);
    }

    [Fact]
    public void The_refusal_is_kept_in_every_language_Supple_ships()
    {
        Assert.Equal(
            Supple.Core.Localization.SuppleCultures.Languages.Where(l => l != Supple.Core.Localization.SuppleCultures.English).Order(StringComparer.Ordinal),
            StartedByHand.Languages.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{not json", "is not valid JSON for a job")]
    [InlineData("""{"every":"00:00:30"}""", "is not valid JSON for a job")]
    public async Task A_bad_job_is_refused_with_the_reason(string job, string reason)
    {
        var (exit, stdout, stderr) = await RunAsync(job);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("supple-breaks: the desk-break job ", stderr, StringComparison.Ordinal);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_runs_to_its_end()
    {
        var job = BreakJobSerializer.Serialize(TestRoutines.Job(runFor: TimeSpan.FromSeconds(1)));

        var (exit, stdout, stderr) = await RunAsync(job);

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\] desk breaks every 10m until \d\d:\d\d; each break: Shoulder blade squeeze, Chest opener stretch \(about 50 s\); first break at \d\d:\d\d$", lines[0]);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\] next break at \d\d:\d\d$", lines[1]);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\] done: 0 breaks taken, 0 skipped$", lines[^1]);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task SIGTERM_stops_it_with_exit_130()
    {
        var job = BreakJobSerializer.Serialize(TestRoutines.Job(runFor: TimeSpan.FromHours(1)));
        using var process = Start(job);
        var firstLines = new StringBuilder();
        for (var i = 0; i < 2; i++)
        {
            firstLines.AppendLine(await process.StandardOutput.ReadLineAsync());
        }

        Assert.Contains("next break at", firstLines.ToString(), StringComparison.Ordinal);
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var rest = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(130, process.ExitCode);
        Assert.Matches(@"\] stopped\n$", rest);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string? job, params (string Name, string Value)[] environment)
    {
        using var process = Start(job, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout, await stderr);
    }

    private static Process Start(string? job, params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo(NativeProgram.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.Environment.Remove(BreakHandOff.JobVariable);
        // The language comes from the test, not from whoever runs it.
        foreach (var variable in (string[])["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"])
        {
            info.Environment.Remove(variable);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        if (job is not null)
        {
            info.Environment[BreakHandOff.JobVariable] = job;
        }

        return Process.Start(info)!;
    }
}
