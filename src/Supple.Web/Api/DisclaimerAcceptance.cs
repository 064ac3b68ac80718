namespace Supple.Web.Api;

/// <summary>Whether the medical disclaimer was accepted, and when.</summary>
public sealed record DisclaimerAcceptance(bool Accepted, DateTimeOffset? AcceptedAt);
