using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Supple.Web.Lan;

namespace Supple.Web.Tests.Lan;

/// <summary>The pairing code's limits and the paired-device cookie, on a fake clock.</summary>
public sealed class LanPairingTests
{
    private const string Code = "314159";
    private const string Authority = "AB:CD";
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Twenty_wrong_codes_from_anywhere_close_pairing_until_the_next_start_even_for_the_right_code()
    {
        var pairing = New();
        for (var device = 1; device <= 5; device++)
        {
            for (var i = 0; i < 4; i++)
            {
                var attempt = pairing.TryPair("000000", IPAddress.Parse($"192.168.1.{device}"));
                Assert.Equal(device == 5 && i == 3 ? PairingOutcome.Closed : PairingOutcome.Wrong, attempt.Outcome);
            }
        }

        Assert.Equal(PairingOutcome.Closed, pairing.TryPair(Code, IPAddress.Parse("192.168.1.99")).Outcome);
        Assert.Equal(PairingOutcome.Paired, New().TryPair(Code, IPAddress.Parse("192.168.1.99")).Outcome);
    }

    [Fact]
    public void Addresses_of_one_IPv6_network_share_one_budget()
    {
        var pairing = New();
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(PairingOutcome.Wrong, pairing.TryPair("000000", IPAddress.Parse($"fd00:1:2:3::{i}")).Outcome);
        }

        Assert.Equal(PairingOutcome.AddressLocked, pairing.TryPair("000000", IPAddress.Parse("fd00:1:2:3::99")).Outcome);
        Assert.Equal(PairingOutcome.AddressLocked, pairing.TryPair(Code, IPAddress.Parse("fd00:1:2:3::5")).Outcome);
        Assert.Equal(PairingOutcome.Paired, pairing.TryPair(Code, IPAddress.Parse("fd00:1:2:4::5")).Outcome);
    }

    [Theory]
    [InlineData("314159", PairingOutcome.Paired)]
    [InlineData("314 159", PairingOutcome.Paired)]
    [InlineData(" 314-159 ", PairingOutcome.Paired)]
    [InlineData("31415", PairingOutcome.Wrong)]
    [InlineData("3141590", PairingOutcome.Wrong)]
    [InlineData("314158", PairingOutcome.Wrong)]
    [InlineData("", PairingOutcome.Wrong)]
    [InlineData(null, PairingOutcome.Wrong)]
    [InlineData("٣١٤١٥٩", PairingOutcome.Wrong)]
    public void Only_the_six_digits_pair_spaces_and_dashes_aside(string? typed, PairingOutcome expected) =>
        Assert.Equal(expected, New().TryPair(typed, IPAddress.Loopback).Outcome);

    [Fact]
    public void A_paired_device_stays_paired_for_400_days_with_this_key_and_this_authority_only()
    {
        var cookie = New().TryPair(Code, IPAddress.Loopback).CookieValue;
        Assert.NotNull(cookie);
        Assert.True(New().IsPaired(cookie), "a restart (same key, same authority, new code) keeps the device paired");
        Assert.False(New(authority: "EF:01").IsPaired(cookie), "another authority");
        Assert.False(New(key: RandomNumberGenerator.GetBytes(32)).IsPaired(cookie), "another key");
        Assert.False(New().IsPaired(cookie.Replace("v1.", "v2.", StringComparison.Ordinal)));
        Assert.False(New().IsPaired(cookie + "x"));
        Assert.False(New().IsPaired(""));
        Assert.False(New().IsPaired("v1.a.b.c"));

        _time.Advance(TimeSpan.FromDays(399));
        Assert.True(New().IsPaired(cookie));
        _time.Advance(TimeSpan.FromDays(2));
        Assert.False(New().IsPaired(cookie), "older than 400 days");
    }

    [Fact]
    public void A_code_is_six_digits_from_the_whole_range()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => LanPairing.NewCode()).ToList();
        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        Assert.True(codes.Distinct().Count() > 190, "codes repeat far too often");
        Assert.Equal("314 159", New().DisplayCode);
    }

    private LanPairing New(byte[]? key = null, string authority = Authority) => new(key ?? Key, authority, Code, new LanOptions(), _time);
}
