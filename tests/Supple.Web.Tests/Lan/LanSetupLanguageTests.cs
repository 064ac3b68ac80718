using Supple.Core.Localization;
using Supple.Web.Lan;
using Supple.Web.Localization;

namespace Supple.Web.Tests.Lan;

/// <summary>
/// Why <c>serve --lan</c> could not set up (<see cref="LanSetupException"/>: the certificate authority's key is missing,
/// the pairing key is damaged…) is said in the current UI culture, which <c>supple</c> sets from <c>--lang</c>; the
/// paths are as they are; English is word for word as before.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LanSetupLanguageTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-lan-lang-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Key => Path.Combine(_folder, LocalCertificateAuthority.KeyFileName);

    private string Certificate => Path.Combine(_folder, LocalCertificateAuthority.CertificateFileName);

    private string PairingKey => Path.Combine(_folder, LanPairing.KeyFileName);

    [Fact]
    public void In_English_the_reasons_are_word_for_word_as_before()
    {
        var (missing, damaged) = Reasons("en");

        Assert.Equal($"{Key} is missing, so the certificate authority in {Certificate} cannot sign. Restore the key, or delete {Certificate} to make a new authority (every phone must then install the new one).", missing);
        Assert.Equal($"{PairingKey} is damaged (shorter than 32 bytes): delete it to make a new one (every device must then pair again).", damaged);
    }

    [Theory]
    [InlineData("de", " fehlt, daher kann die Zertifizierungsstelle in ", " ist beschädigt (kürzer als 32 Byte): Lösch die Datei")]
    [InlineData("es", "Falta ", " está dañado (tiene menos de 32 bytes): bórralo")]
    [InlineData("fr", " est absent, donc l’autorité de certification de ", " est endommagé (moins de 32 octets) : supprimez-le")]
    public void The_reasons_are_in_the_current_UI_culture_with_the_paths_as_they_are(string language, string missingWords, string damagedWords)
    {
        var (missing, damaged) = Reasons(language);

        Assert.Contains(missingWords, missing, StringComparison.Ordinal);
        Assert.Contains(Key, missing, StringComparison.Ordinal);
        Assert.Contains(Certificate, missing, StringComparison.Ordinal);
        Assert.StartsWith(PairingKey + damagedWords, damaged, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_pseudo_locale_only_the_paths_and_numbers_stay_plain()
    {
        var (missing, damaged) = Reasons(PseudoLocale.Name);

        foreach (var reason in new[] { missing, damaged })
        {
            var words = reason.Replace(Key, "", StringComparison.Ordinal).Replace(Certificate, "", StringComparison.Ordinal).Replace(PairingKey, "", StringComparison.Ordinal);
            Assert.True(PseudoLocale.IsTransformed(words), reason);
        }
    }

    /// <summary>The reasons for a certificate authority without its key and a pairing key too short, in <paramref name="language"/>.</summary>
    private (string Missing, string Damaged) Reasons(string language)
    {
        LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now).Dispose();
        File.Delete(Key);
        File.WriteAllBytes(PairingKey, [1, 2, 3]);
        File.SetUnixFileMode(PairingKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        return RecipientLanguage.Write(SuppleCultures.Get(language), () => (
            Assert.Throws<LanSetupException>(() => LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now)).Message,
            Assert.Throws<LanSetupException>(() => LanPairing.LoadOrCreateKey(_folder)).Message));
    }
}
