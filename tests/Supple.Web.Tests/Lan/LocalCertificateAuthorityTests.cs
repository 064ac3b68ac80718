using Supple.Web.Lan;

namespace Supple.Web.Tests.Lan;

/// <summary>The authority's files when something is off: a missing key, a half-made authority, a key others can read.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalCertificateAuthorityTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-lan-ca-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_certificate_without_its_key_is_a_clear_error_and_nothing_is_overwritten()
    {
        LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now).Dispose();
        var certificate = File.ReadAllBytes(Path.Combine(_folder, LocalCertificateAuthority.CertificateFileName));
        File.Delete(Path.Combine(_folder, LocalCertificateAuthority.KeyFileName));

        var error = Assert.Throws<LanSetupException>(() => LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now));
        Assert.Contains("is missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(certificate, File.ReadAllBytes(Path.Combine(_folder, LocalCertificateAuthority.CertificateFileName)));
    }

    [Fact]
    public void A_key_left_without_a_certificate_is_replaced_by_a_new_authority()
    {
        File.WriteAllText(Path.Combine(_folder, LocalCertificateAuthority.KeyFileName), "left over from a crash");
        using var authority = LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now);
        Assert.True(authority.Created);
        Assert.True(authority.Certificate.HasPrivateKey);
        Assert.Equal("Supple local CA on laptop", authority.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false));
    }

    [Fact]
    public void A_key_file_that_others_can_read_is_made_private_again()
    {
        LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now).Dispose();
        var key = Path.Combine(_folder, LocalCertificateAuthority.KeyFileName);
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var again = LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now);
        Assert.False(again.Created);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
    }

    [Fact]
    public void A_server_certificate_never_outlives_the_authority()
    {
        using var authority = LocalCertificateAuthority.LoadOrCreate(_folder, "laptop", Now);
        using var late = authority.IssueServerCertificate(["laptop.local"], [], Now.AddDays(3500));
        Assert.Equal(authority.Certificate.NotAfter, late.NotAfter);
        using var early = authority.IssueServerCertificate(["laptop.local"], [], Now);
        Assert.Equal(LocalCertificateAuthority.ServerValidity, early.NotAfter - early.NotBefore);
    }
}
