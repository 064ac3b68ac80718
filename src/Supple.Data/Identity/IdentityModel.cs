using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Supple.Data.Identity;

/// <summary>
/// The account tables (ASP.NET Core Identity, users only, no roles, passkeys as in Identity's schema version 3), the
/// server-side sessions, the failed sign-in counts and the data-protection key ring, on Supple's one model. The same
/// shape as <c>IdentityUserContext</c> builds, without making every context an Identity context.
/// </summary>
internal static class IdentityModel
{
    /// <summary>Longest user id; the same limit as the <c>user_id</c> columns of the data tables.</summary>
    public const int MaxUserIdLength = 200;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SuppleUser>(b =>
        {
            b.ToTable("users");
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).HasMaxLength(MaxUserIdLength);
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.PhoneNumber).HasMaxLength(256);
            b.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<IdentityUserPasskey<string>>().WithOne().HasForeignKey(p => p.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.HasMany<AccountSessionRow>().WithOne().HasForeignKey(s => s.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        });

        // WebAuthn passkeys: the credential id (at most 1023 bytes) and its public key, counter and flags as JSON.
        modelBuilder.Entity<IdentityUserPasskey<string>>(b =>
        {
            b.ToTable("user_passkeys");
            b.HasKey(p => p.CredentialId);
            b.Property(p => p.CredentialId).HasMaxLength(1024);
            b.Property(p => p.UserId).HasMaxLength(MaxUserIdLength);
            b.OwnsOne(p => p.Data).ToJson("data");
        });

        modelBuilder.Entity<AccountSessionRow>(b =>
        {
            b.ToTable("account_sessions");
            b.HasKey(s => s.IdHash);
            b.Property(s => s.IdHash).HasMaxLength(64);
            b.Property(s => s.UserId).HasMaxLength(MaxUserIdLength);
            b.Property(s => s.Kind).HasMaxLength(10);
            b.Property(s => s.Method).HasMaxLength(20);
            b.Property(s => s.Client).HasMaxLength(200);
            b.HasIndex(s => s.UserId);
        });

        modelBuilder.Entity<SignInFailureRow>(b =>
        {
            b.ToTable("sign_in_failures");
            b.HasKey(f => f.AddressHash);
            b.Property(f => f.AddressHash).HasMaxLength(64);
        });

        modelBuilder.Entity<IdentityUserClaim<string>>(b =>
        {
            b.ToTable("user_claims");
            b.HasKey(c => c.Id);
        });

        modelBuilder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.ToTable("user_logins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });

        modelBuilder.Entity<IdentityUserToken<string>>(b =>
        {
            b.ToTable("user_tokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });

        modelBuilder.Entity<DataProtectionKey>(b =>
        {
            b.ToTable("data_protection_keys");
            b.HasKey(k => k.Id);
        });
    }
}
