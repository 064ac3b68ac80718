namespace Supple.Web.Api;

/// <summary>The stopped session and the advice to show: stop, and see a doctor.</summary>
public sealed record StopForPainResponse(SessionResponse Session, string Advice);
