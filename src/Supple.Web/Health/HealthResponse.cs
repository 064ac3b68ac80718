namespace Supple.Web.Health;

/// <summary>What a probe answers: "alive", "ready" or "unavailable", and why when it is not ready.</summary>
public sealed record HealthResponse(string Status, string? Detail);
