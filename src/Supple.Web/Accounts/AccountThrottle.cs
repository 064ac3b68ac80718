using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Supple.Web.Accounts;

/// <summary>
/// Rate limits for the account doors, per client address and per account, with separate budgets for signing in,
/// registering, password resets and account changes (<see cref="AccountOptions"/>). An office behind one address
/// has room to sign in together, while guessing at one account, or flooding one inbox, is stopped early. Each server
/// counts its own; the lockout of an address (<see cref="Supple.Data.Identity.SignInFailureStore"/>) is shared.
/// </summary>
public sealed class AccountThrottle : IDisposable
{
    private readonly Dictionary<(AccountAction, bool PerAccount), PartitionedRateLimiter<string>> _limiters = [];

    public AccountThrottle(IOptions<AccountOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var minute = TimeSpan.FromMinutes(1);
        var hour = TimeSpan.FromHours(1);
        Add(AccountAction.SignIn, perAccount: false, o.SignInPerAddressPerMinute, minute);
        Add(AccountAction.SignIn, perAccount: true, o.SignInPerAccountPerMinute, minute);
        Add(AccountAction.Registration, perAccount: false, o.RegistrationsPerAddressPerHour, hour);
        Add(AccountAction.Registration, perAccount: true, o.ResetsPerAccountPerHour, hour);
        Add(AccountAction.Reset, perAccount: false, o.ResetsPerAddressPerHour, hour);
        Add(AccountAction.Reset, perAccount: true, o.ResetsPerAccountPerHour, hour);
        Add(AccountAction.AccountChange, perAccount: true, o.AccountChangesPerMinute, minute);
    }

    /// <summary>
    /// Takes one attempt from the client address's budget and, when <paramref name="account"/> is given (a normalized
    /// e-mail address or an account id), from that account's. Null when allowed; otherwise how long to wait.
    /// </summary>
    public TimeSpan? TryAcquire(AccountAction action, HttpContext http, string? account)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (_limiters.TryGetValue((action, false), out var perAddress))
        {
            using var lease = perAddress.AttemptAcquire(AddressKey(http.Connection.RemoteIpAddress));
            if (!lease.IsAcquired)
            {
                return RetryAfter(lease);
            }
        }

        if (!string.IsNullOrEmpty(account) && _limiters.TryGetValue((action, true), out var perAccount))
        {
            using var lease = perAccount.AttemptAcquire(account);
            if (!lease.IsAcquired)
            {
                return RetryAfter(lease);
            }
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    /// <summary>The budget of an address: IPv6 clients are counted per /64 network, which one person usually has whole.</summary>
    internal static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    private void Add(AccountAction action, bool perAccount, int permits, TimeSpan window) =>
        _limiters[(action, perAccount)] = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMinutes(1);
}
