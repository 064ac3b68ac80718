using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Supple.Web.Tests.Serve;

/// <summary>The real <c>supple serve</c>, run as a user runs it: it prints its address, serves, and stops cleanly.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-serve-tests-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leaves a temp folder behind at worst.
        }
    }

    [Fact]
    public async Task Serve_prints_its_address_serves_the_app_and_stops_cleanly_when_told()
    {
        var db = Path.Combine(_folder, "supple.db");
        using var process = Start("serve", "--urls", "http://127.0.0.1:0", "--db", db);
        var output = new List<string>();
        var running = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (RunningAt().Match(e.Data) is { Success: true } match)
            {
                running.TrySetResult(match.Groups[1].Value);
            }
        };
        process.BeginOutputReadLine();
        try
        {
            var address = await running.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/stats")).StatusCode);
            var today = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, today.StatusCode);

            // The terminal's process runs without ICU: the language menu still names languages in words, not
            // "Invariant Language (Invariant Country)".
            var page = await today.Content.ReadAsStringAsync();
            Assert.Contains("Language: English", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Invariant", page, StringComparison.Ordinal);
            using (var german = new HttpRequestMessage(HttpMethod.Get, "/"))
            {
                german.Headers.AcceptLanguage.ParseAdd("de-DE");
                var text = await (await client.SendAsync(german)).Content.ReadAsStringAsync();
                Assert.Contains("Deutsch", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Invariant", text, StringComparison.Ordinal);
            }

            var created = await client.PostAsync("/api/v1/pain", new StringContent("""{"score":2}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.True(File.Exists(db), "The database given with --db was not used.");

            // SIGTERM, as a service manager stops it; Ctrl+C (SIGINT) takes the same path, but a test runner started
            // in the background may hand its children an ignored SIGINT.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
            lock (output)
            {
                Assert.Contains("Supple has stopped.", output);
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task A_busy_port_is_one_clear_error_and_exit_code_1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var process = Start("serve", "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(_folder, "supple.db"));
        var exited = process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await exited;
        var error = await process.StandardError.ReadToEndAsync();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("cannot listen on", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_exit_code_2()
    {
        using var process = Start("serve", "--urls", "ftp://127.0.0.1:21", "--db", Path.Combine(_folder, "supple.db"));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("is not an http:// or https:// URL", await process.StandardError.ReadToEndAsync(), StringComparison.Ordinal);
    }

    private Process Start(params string[] args) => ServeProcess.StartProcess(_folder, environment: null, args);

    [GeneratedRegex(@"^Supple is running at (http://127\.0\.0\.1:\d+)")]
    private static partial Regex RunningAt();
}
