namespace Supple.Web.Api;

/// <summary>The date a doctor checked the person and agreed they can stretch.</summary>
/// <param name="ClearedOn">yyyy-MM-dd, not after today.</param>
public sealed record ClearanceRequest(string? ClearedOn);
