namespace Supple.Core.Planning;

/// <summary>A stretch of the programme left out of a plan, and why.</summary>
/// <param name="StretchId">The stretch's id.</param>
/// <param name="Why">Why it is left out.</param>
/// <param name="ReplacedBy">The stretch that takes over its job, or <c>null</c>.</param>
public sealed record OmittedStretch(string StretchId, string Why, string? ReplacedBy);
