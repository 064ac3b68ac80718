using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.Faults;

/// <summary>The real <c>supple serve</c> on a free loopback port, as a separate process.</summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly SuppleProcess _process;

    private ServeProcess(SuppleProcess process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output => $"stdout:\n{_process.Stdout}\nstderr:\n{_process.Stderr}";

    [GeneratedRegex(@"Supple is running at (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Running();

    /// <summary>Starts <c>supple serve --urls http://127.0.0.1:0 --db <paramref name="db"/></c> and waits until it listens.</summary>
    public static async Task<ServeProcess> StartAsync(string db, TimeSpan? timeout = null)
    {
        var process = SuppleProcess.Start(["serve", "--urls", "http://127.0.0.1:0", "--db", db]);
        try
        {
            await process.WaitForOutputAsync("Supple is running at ", timeout ?? TimeSpan.FromSeconds(60));
            var match = Running().Match(process.Stdout);
            Assert.True(match.Success, "no address in: " + process.Stdout);
            return new ServeProcess(process, new Uri(match.Groups[1].Value));
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL, then waits (bounded) for the process to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync(TimeSpan.FromSeconds(15));
    }

    public void Dispose() => _process.Dispose();
}
