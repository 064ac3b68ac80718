using Supple.Core.Sessions;
using Supple.Data;
using Supple.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Supple.Web.Tests.Contract;

/// <summary>
/// The OpenAPI document is checked against a generated client: Kiota (the local dotnet tool of
/// .config/dotnet-tools.json, restored by scripts/test.sh) generates a C# client from a running server's
/// /openapi/v1.json, the client is built with Contract/KiotaClient/SessionDriver.cs, and the driver runs a whole
/// session through it against that server, which must then hold the session, completed, with every stretch record.
/// </summary>
public sealed class KiotaClientTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task A_client_generated_from_the_document_drives_a_whole_session()
    {
        await using var app = await SuppleApp.StartOnLoopbackAsync();
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        var folder = Directory.CreateTempSubdirectory("supple-kiota-").FullName;
        try
        {
            var generate = await ToolRun.RunAsync(
                "dotnet",
                ["tool", "run", "kiota", "generate", "--language", "CSharp", "--openapi", $"{baseUrl}/openapi/v1.json",
                 "--output", Path.Combine(folder, "Client"), "--class-name", "SuppleClient", "--namespace-name", "Supple.ApiClient",
                 "--exclude-backward-compatible", "--log-level", "Warning"],
                ToolRun.RepoRoot,
                Step,
                new Dictionary<string, string> { ["KIOTA_UPDATE__DISABLED"] = "true" });
            output.WriteLine(generate.Output);
            Assert.True(generate.ExitCode == 0, $"kiota generate failed (run `dotnet tool restore` in the repository first):\n{generate.Output}");

            var driver = Path.Combine(ToolRun.RepoRoot, "tests", "Supple.Web.Tests", "Contract", "KiotaClient");
            File.Copy(Path.Combine(driver, "KiotaDriver.csproj"), Path.Combine(folder, "KiotaDriver.csproj"));
            File.Copy(Path.Combine(driver, "SessionDriver.cs"), Path.Combine(folder, "SessionDriver.cs"));
            var build = await ToolRun.RunAsync("dotnet", ["build", folder, "-c", "Release", "-o", Path.Combine(folder, "out"), "-nologo", "-v", "q"], folder, Step);
            Assert.True(build.ExitCode == 0, $"the generated client does not build:\n{build.Output}");

            var run = await ToolRun.RunAsync("dotnet", [Path.Combine(folder, "out", "KiotaDriver.dll"), baseUrl], folder, TimeSpan.FromMinutes(2));
            output.WriteLine(run.Output);
            Assert.True(run.ExitCode == 0, $"the session through the generated client failed:\n{run.Output}");
            Assert.EndsWith("OK", run.StandardOutput.TrimEnd(), StringComparison.Ordinal);

            // What the server stored is what the client said it did.
            await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(app.DatabasePath), TimeProvider.System);
            var session = Assert.Single((await store.GetHistoryAsync(null)).Sessions);
            Assert.Equal(SessionOutcome.Completed, session.Outcome);
            Assert.Equal(3, session.Stretches.Count);
            Assert.Equal(4, session.PainBefore?.Value);
            Assert.Equal(2, session.PainAfter?.Value);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
