namespace Supple.Web.Api;

/// <summary>A stretch of the programme left out of the plan, why, and which stretch took over its job.</summary>
public sealed record OmittedStretchResponse(string Id, string Name, string Why, string? ReplacedBy);
