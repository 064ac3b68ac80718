using System.Text.Json;
using Supple.Web.Tests.Accounts;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Contract;

/// <summary>
/// An independent linter (Redocly CLI, its recommended rules) finds nothing in the documents of either mode: no
/// error and no warning. scripts/test.sh installs it from npm into artifacts/tools (or set SUPPLE_REDOCLY).
/// </summary>
public sealed class OpenApiLintTests
{
    private static string Redocly()
    {
        var path = Environment.GetEnvironmentVariable("SUPPLE_REDOCLY") is { Length: > 0 } set
            ? set
            : Path.Combine(ToolRun.RepoRoot, "artifacts", "tools", "node_modules", ".bin", "redocly");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Redocly CLI is not at {path}. scripts/test.sh installs it (npm install --prefix artifacts/tools @redocly/cli@2.77.0); or set SUPPLE_REDOCLY.");
    }

    private static async Task LintAsync(string json, params string[] skippedRules)
    {
        var folder = Directory.CreateTempSubdirectory("supple-lint-").FullName;
        try
        {
            var file = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(file, json);
            var arguments = new List<string> { "lint", file, "--format=json" };
            arguments.AddRange(skippedRules.Select(rule => $"--skip-rule={rule}"));
            var run = await ToolRun.RunAsync(Redocly(), arguments, folder, TimeSpan.FromMinutes(3));

            Assert.True(run.StandardOutput.TrimStart().StartsWith('{'), $"redocly printed no report (exit {run.ExitCode}):\n{run.Output}");
            using var report = JsonDocument.Parse(run.StandardOutput);
            var totals = report.RootElement.GetProperty("totals");
            var problems = string.Join("\n", report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}"));
            Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0, problems);
            Assert.Equal(0, run.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Both are served by Kestrel on 127.0.0.1, as `supple serve` does: the in-memory test server calls itself
    // localhost, which the linter rightly flags as a server URL no client could use.
    [Fact]
    public async Task The_single_user_document_is_clean()
    {
        await using var app = await SuppleApp.StartOnLoopbackAsync();
        using var client = app.CreateClient();
        var document = await OpenApiDocument.FetchAsync(client);

        // Reading the programme cannot fail with a 4xx in single-user mode (no input, no account): listing one
        // would be untrue, so the rule that wants one on every operation is the only one not applied here.
        await LintAsync(document.Json, "operation-4xx-response");
    }

    [Fact]
    public async Task The_multi_user_document_is_clean()
    {
        var db = new PostgreSqlTestDatabase();
        await db.InitializeAsync();
        try
        {
            await using var app = await MultiUserApp.StartAsync(db.ConnectionString, kestrel: true);
            using var client = app.CreateClient();
            await LintAsync((await OpenApiDocument.FetchAsync(client)).Json);
        }
        finally
        {
            await db.DisposeAsync();
        }
    }
}
