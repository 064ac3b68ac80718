using System.Diagnostics;
using System.Text.RegularExpressions;
using Supple.Cli.Tests.TestSupport;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The real <c>supple serve</c> in the person's language: what it prints when it listens (with <c>--lan</c>: the
/// pairing code, the certificate, its fingerprint), when it stops, and the checks of its options. The pages
/// themselves follow the browser's language (Supple.Web.Tests).
/// </summary>
public sealed partial class ServeLanguageProcessTests : IDisposable
{
    private readonly ProcessTestFolder _folder = new("supple-lang-serve-");

    public void Dispose() => _folder.Dispose();

    private async Task<SuppleProcess> StartLanAsync(string language, string waitFor)
    {
        var serve = SuppleProcess.Start(["--lang", language, "serve", "--lan", "--urls", "https://127.0.0.1:0", "--db", _folder.Db]);
        await serve.WaitForOutputAsync(waitFor, TimeSpan.FromSeconds(90));
        return serve;
    }

    private static async Task InterruptAsync(SuppleProcess serve)
    {
        using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await serve.WaitForExitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Supple_lang_de_serve_lan_says_where_it_runs_how_to_pair_and_that_it_stopped_in_German()
    {
        using var serve = await StartLanAsync("de", "Sein SHA-256-Fingerabdruck, zum Vergleich mit dem, den das Gerät zeigt:");
        await InterruptAsync(serve);

        var text = serve.Stdout;
        Assert.True(serve.ExitCode == 0, text + serve.Stderr);
        Assert.Matches(@"Supple läuft unter https://127\.0\.0\.1:\d+ – zum Beenden Strg\+C drücken\.", text);
        Assert.Contains("Keine Adresse, die andere Geräte erreichen: Verbinde diesen Computer mit deinem WLAN", text, StringComparison.Ordinal);
        Assert.Matches(@"Kopplungscode: \d{3} \d{3}   \(einmal auf jedem Gerät eingeben; bei jedem Start ein neuer Code\)", text);
        Assert.Contains($"Eine neue Zertifizierungsstelle wurde in {_folder.Path} angelegt.", text, StringComparison.Ordinal);
        Assert.Contains("Zum ersten Mal auf einem Gerät? Installiere das Zertifikat von Supple:", text, StringComparison.Ordinal);
        Assert.Contains("Supple ist beendet.", text, StringComparison.Ordinal);
        foreach (var english in new[] { "running", "Pairing code", "certificate authority", "fingerprint", "stopped", "No address" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Under_the_pseudo_locale_serve_lan_prints_no_plain_English()
    {
        using var serve = await StartLanAsync(PseudoLocale.Name, PseudoLocale.Accent("fingerprint"));
        await InterruptAsync(serve);

        Assert.True(serve.ExitCode == 0, serve.Stdout + serve.Stderr);
        var lines = serve.Stdout.Split('\n').Select(l => Verbatim().Replace(l, "").Trim()).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 7, serve.Stdout); // running, no address, pairing code, new authority, install, fingerprint, stopped
        Assert.All(lines, line => Assert.True(PseudoLocale.IsTransformed(line), $"not translated: {line}"));
    }

    [Theory]
    [InlineData("de", new[] { "--urls", "ftp://example.org" }, "'ftp://example.org' ist keine http://- oder https://-Adresse (z. B. http://")]
    [InlineData("es", new[] { "--lan", "--multi-user" }, "--lan es para los dispositivos de una sola persona; un servidor con cuentas (--multi-user) va detrás de un proxy TLS (docs/DEPLOYMENT.md).")]
    [InlineData("fr", new[] { "--lan", "--urls", "http://192.168.1.5:5080" }, "'http://192.168.1.5:5080' enverrait vos données sans chiffrement sur le réseau.")]
    public async Task Serves_option_checks_are_said_in_the_language(string language, string[] args, string expected)
    {
        var (exit, _, stderr) = await SuppleProcess.RunAsync(["--lang", language, "serve", "--db", _folder.Db, .. args]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    // Addresses, the folder, the code, the fingerprint, and the command's names.
    [GeneratedRegex(@"https?://\S+|/\S+|\d{3} \d{3}|(?:[0-9A-F]{2}:){31}[0-9A-F]{2}|\bSupple\b|SHA-256|Ctrl\+C|--[a-z-]+")]
    private static partial Regex Verbatim();
}
