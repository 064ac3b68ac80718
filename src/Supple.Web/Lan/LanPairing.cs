using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Supple.Web.Accounts;

namespace Supple.Web.Lan;

/// <summary>
/// Pairing a phone or tablet with <c>supple serve --lan</c>: a six-digit code, new at every start and shown only in the
/// terminal, buys a device a long-lived cookie. The cookie is an HMAC-SHA256, under a key kept with the certificate
/// authority, of a random device id, the time it was paired and the authority's fingerprint: it proves the device
/// was paired with this person's Supple, and no other (another data folder has another authority and another key).
/// </summary>
/// <remarks>
/// Guessing is bounded: an address that sends <see cref="LanOptions.WrongCodesPerAddress"/> wrong codes is locked
/// until the next start, and after <see cref="LanOptions.WrongCodesInAll"/> wrong codes from anywhere pairing is
/// closed until the next start (which brings a new code). With the defaults a guesser has 20 tries at a million
/// codes. Codes are compared in constant time and a wrong code never says which digit was wrong.
/// </remarks>
public sealed class LanPairing
{
    public const string CookieName = "__Host-supple-device";

    public const string KeyFileName = "lan-pairing.key";

    /// <summary>How long a paired device stays paired (browsers keep a cookie at most 400 days).</summary>
    public static readonly TimeSpan DeviceLifetime = TimeSpan.FromDays(400);

    private const string Version = "v1";

    private readonly byte[] _key;
    private readonly string _authority;
    private readonly TimeProvider _time;
    private readonly int _perAddress;
    private readonly int _inAll;
    private readonly Dictionary<string, int> _wrongByAddress = [];
    private readonly Lock _gate = new();
    private int _wrongInAll;

    /// <param name="key">The HMAC key kept with the authority (<see cref="KeyFileName"/>), at least 32 bytes.</param>
    /// <param name="authorityFingerprint">The authority's fingerprint: a cookie is valid for this authority only.</param>
    /// <param name="code">This start's six-digit code.</param>
    /// <param name="options">The limits on wrong codes.</param>
    /// <param name="time">The clock.</param>
    public LanPairing(byte[] key, string authorityFingerprint, string code, LanOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(authorityFingerprint);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (key.Length < 32)
        {
            throw new ArgumentException("The pairing key must be at least 32 bytes.", nameof(key));
        }

        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The pairing code is six digits.", nameof(code));
        }

        _key = key;
        _authority = authorityFingerprint;
        Code = code;
        _time = time;
        _perAddress = Math.Max(1, options.WrongCodesPerAddress);
        _inAll = Math.Max(1, options.WrongCodesInAll);
    }

    /// <summary>This start's code, six digits.</summary>
    public string Code { get; }

    /// <summary>The code as the terminal shows it: <c>123 456</c>.</summary>
    public string DisplayCode => $"{Code[..3]} {Code[3..]}";

    /// <summary>A new six-digit code from the cryptographic random number generator.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The pairing key in <paramref name="folder"/>, made (32 random bytes, mode 0600) on first use.</summary>
    public static byte[] LoadOrCreateKey(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var path = Path.Combine(folder, KeyFileName);
        try
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(folder);
                SecretFile.Create(path, RandomNumberGenerator.GetBytes(32));
            }

            var key = SecretFile.Read(path);
            return key.Length >= 32 ? key : throw new LanSetupException(LanText.SetupKeyDamaged(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LanSetupException(LanText.SetupKeyUnusable(path, ex.Message), ex);
        }
    }

    /// <summary>Checks a code sent from <paramref name="address"/>. Spaces and dashes in it are ignored.</summary>
    public PairingAttempt TryPair(string? code, IPAddress? address)
    {
        var addressKey = AccountThrottle.AddressKey(address);
        var digits = new string((code ?? "").Where(c => c is not (' ' or '-')).ToArray());
        lock (_gate)
        {
            if (_wrongInAll >= _inAll)
            {
                return new PairingAttempt(PairingOutcome.Closed);
            }

            var wrong = _wrongByAddress.GetValueOrDefault(addressKey);
            if (wrong >= _perAddress)
            {
                return new PairingAttempt(PairingOutcome.AddressLocked);
            }

            if (digits.Length == Code.Length && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(digits), Encoding.ASCII.GetBytes(Code)))
            {
                return new PairingAttempt(PairingOutcome.Paired, NewDeviceCookie());
            }

            _wrongByAddress[addressKey] = ++wrong;
            _wrongInAll++;
            if (_wrongInAll >= _inAll)
            {
                return new PairingAttempt(PairingOutcome.Closed);
            }

            return wrong >= _perAddress ? new PairingAttempt(PairingOutcome.AddressLocked) : new PairingAttempt(PairingOutcome.Wrong, TriesLeft: _perAddress - wrong);
        }
    }

    /// <summary>Whether <paramref name="cookie"/> is a device paired with this authority and not older than <see cref="DeviceLifetime"/>.</summary>
    public bool IsPaired(string? cookie)
    {
        var parts = (cookie ?? "").Split('.');
        if (parts is not [Version, var device, var issuedText, var mac]
            || !long.TryParse(issuedText, NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
            || device.Length is 0 or > 64)
        {
            return false;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (issued > now + 300 || now - issued > (long)DeviceLifetime.TotalSeconds)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Base64Url.DecodeFromChars(mac);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Sign(device, issuedText));
    }

    /// <summary>The cookie's attributes: the whole site, HTTPS only, never sent by another site, out of reach of scripts.</summary>
    public CookieOptions CookieOptions() => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
        MaxAge = DeviceLifetime,
    };

    private string NewDeviceCookie()
    {
        var device = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var issued = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{Version}.{device}.{issued}.{Base64Url.EncodeToString(Sign(device, issued))}";
    }

    private byte[] Sign(string device, string issued) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"supple-lan-device|{Version}|{_authority}|{device}|{issued}"));
}
