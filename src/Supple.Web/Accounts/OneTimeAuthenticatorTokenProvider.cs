using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Checks the codes of an authenticator app (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) like Identity's own
/// provider, with two differences: a code works once (the last step used is kept with the account, so a code seen over
/// someone's shoulder cannot be replayed within its minute), and the clock is the app's <see cref="TimeProvider"/>.
/// Codes of the step before and after now are accepted too, for clocks that are a little off.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<SuppleUser>
{
    public const string ProviderName = "SuppleAuthenticator";

    private const string TokenStore = "Supple";

    private const string LastStepToken = "AuthenticatorLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<SuppleUser> manager, SuppleUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    // The code comes from the person's app, never from Supple.
    public Task<string> GenerateAsync(string purpose, UserManager<SuppleUser> manager, SuppleUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<SuppleUser> manager, SuppleUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key
            || token is not { Length: 6 } || !token.All(char.IsAsciiDigit) || FromBase32(key) is not { } secret)
        {
            return false;
        }

        var code = int.Parse(token, CultureInfo.InvariantCulture);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStepToken), CultureInfo.InvariantCulture, out var used) ? used : long.MinValue;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > last && Code(secret, step) == code)
            {
                await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }

    /// <summary>The 6-digit code of <paramref name="secret"/> for time step <paramref name="step"/> (RFC 4226 dynamic truncation).</summary>
    internal static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        // RFC 6238's default, and the only one every authenticator app supports; HMAC-SHA1 is not weak as a MAC.
#pragma warning disable CA5350
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    /// <summary>The bytes of a base32 key (RFC 4648, as Identity stores it), or null when it is not base32.</summary>
    internal static byte[]? FromBase32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = key.TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
