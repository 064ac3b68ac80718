namespace Supple.Web.Lan;

/// <summary>What a pairing code did: paired (with the device's cookie value), wrong (with the tries left to this address), or locked.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="CookieValue">The paired device's cookie, when paired.</param>
/// <param name="TriesLeft">Wrong codes this address may still send, when wrong.</param>
public sealed record PairingAttempt(PairingOutcome Outcome, string? CookieValue = null, int TriesLeft = 0);
