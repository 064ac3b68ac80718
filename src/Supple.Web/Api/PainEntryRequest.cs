namespace Supple.Web.Api;

/// <summary>A pain diary entry.</summary>
/// <param name="Score">0 (no pain) to 10 (worst); required.</param>
/// <param name="At">When (default: now); not in the future.</param>
/// <param name="Area">Where: upper-back, mid-back, lower-back, neck, shoulders, chest, arms or head.</param>
/// <param name="Note">A note of at most 2000 characters.</param>
public sealed record PainEntryRequest(int? Score, DateTimeOffset? At, string? Area, string? Note);
