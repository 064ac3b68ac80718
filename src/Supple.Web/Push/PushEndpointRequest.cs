namespace Supple.Web.Push;

/// <summary>Names one of the person's browsers by its push endpoint.</summary>
public sealed record PushEndpointRequest(string? Endpoint);
