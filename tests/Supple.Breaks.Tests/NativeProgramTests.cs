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

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string? job)
    {
        using var process = Start(job);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout, await stderr);
    }

    private static Process Start(string? job)
    {
        var info = new ProcessStartInfo(NativeProgram.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.Environment.Remove(BreakHandOff.JobVariable);
        if (job is not null)
        {
            info.Environment[BreakHandOff.JobVariable] = job;
        }

        return Process.Start(info)!;
    }
}
