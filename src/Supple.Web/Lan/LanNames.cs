using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Supple.Web.Lan;

/// <summary>
/// The names and addresses a phone on the same network can use to reach this computer now: its IPv4 and IPv6
/// addresses (not loopback, not link-local: a URL cannot carry a link-local address's zone), <c>host.local</c>
/// (mDNS, which Android, iOS, macOS and most Linux desktops resolve), and <c>localhost</c>, 127.0.0.1 and ::1 for this
/// machine itself.
/// </summary>
/// <param name="HostName">The computer's name, first label only, lower case; null when it is not a valid DNS label.</param>
/// <param name="NetworkAddresses">The addresses other devices can reach, IPv4 first.</param>
public sealed partial record LanNames(string? HostName, IReadOnlyList<IPAddress> NetworkAddresses)
{
    /// <summary>The <c>.local</c> name, or null.</summary>
    public string? LocalName => HostName is null ? null : HostName + ".local";

    /// <summary>Every DNS name for the server certificate.</summary>
    public IReadOnlyList<string> DnsNames => LocalName is null ? ["localhost"] : [LocalName, "localhost"];

    /// <summary>Every address for the server certificate.</summary>
    public IReadOnlyList<IPAddress> Addresses => [.. NetworkAddresses, IPAddress.Loopback, IPAddress.IPv6Loopback];

    /// <summary>The computer's names and addresses as they are now.</summary>
    public static LanNames Current()
    {
        var addresses = new List<IPAddress>();
        try
        {
            foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
            {
                if (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback)
                {
                    continue;
                }

                addresses.AddRange(nic.GetIPProperties().UnicastAddresses.Select(a => a.Address).Where(IsReachableFromNetwork));
            }
        }
        catch (NetworkInformationException)
        {
            // No list of interfaces (a locked-down container): the certificate still names localhost and host.local.
        }

        return new LanNames(LocalLabel(Dns.GetHostName()), [.. addresses.Distinct().OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)]);
    }

    internal static string? LocalLabel(string hostName)
    {
        var label = hostName.Split('.')[0].ToLowerInvariant();
        return DnsLabel().IsMatch(label) && label != "localhost" ? label : null;
    }

    private static bool IsReachableFromNetwork(IPAddress address) =>
        !IPAddress.IsLoopback(address)
        && address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6
        && !address.IsIPv6LinkLocal
        && !address.IsIPv6Multicast
        && !(address.AddressFamily == AddressFamily.InterNetwork && address.GetAddressBytes() is [169, 254, ..]);

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
