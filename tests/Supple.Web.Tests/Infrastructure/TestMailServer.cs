using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) on a free loopback port: Supple sends to it with
/// MailKit as it would to any mail server, and the test reads what arrived, parsed with MimeKit. With a user name and
/// password it refuses mail from a client that does not log in with them. The test stops it with <see cref="StopAsync"/>.
/// </summary>
public sealed partial class TestMailServer
{
    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly List<MimeMessage> _all = [];
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    public TestMailServer(string? userName = null, string? password = null)
    {
        Port = FreePort();
        UserName = userName;
        Password = password;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AuthenticationRequired(userName is not null).AllowUnsecureAuthentication())
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        if (userName is not null)
        {
            services.Add(new Authenticator(userName, password ?? ""));
        }

        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public string? UserName { get; }

    public string? Password { get; }

    /// <summary>Everything received so far.</summary>
    public IReadOnlyList<MimeMessage> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    /// <summary>The settings that point Supple at this server, with the public URL that links in mails use.</summary>
    public Dictionary<string, string> Settings(Uri publicUrl)
    {
        var settings = new Dictionary<string, string>
        {
            ["Supple:Mail:Host"] = "127.0.0.1",
            ["Supple:Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Supple:Mail:Security"] = "none",
            ["Supple:Mail:From"] = "supple@example.org",
            ["Supple:Web:PublicUrl"] = publicUrl.ToString(),
        };
        if (UserName is not null)
        {
            settings["Supple:Mail:UserName"] = UserName;
            settings["Supple:Mail:Password"] = Password ?? "";
        }

        return settings;
    }

    /// <summary>Waits for the next message to <paramref name="to"/> whose subject contains <paramref name="subject"/> (and whose text contains <paramref name="text"/>).</summary>
    public async Task<MimeMessage> WaitForAsync(string to, string subject, string? text = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var message = await _received.Reader.ReadAsync(cts.Token);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                    && (message.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase)
                    && (text is null || (message.TextBody ?? "").Contains(text, StringComparison.Ordinal)))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No e-mail to {to} about \"{subject}\" arrived. Received: {string.Join("; ", All.Select(m => $"{m.To} {m.Subject}"))}");
        }
    }

    /// <summary>How many messages to <paramref name="to"/> (about <paramref name="subject"/>) have arrived.</summary>
    public int CountTo(string to, string subject = "") => All.Count(m =>
        m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)) && (m.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first link of a message (the mails are plain text, with each link on a line of its own).</summary>
    public static Uri LinkIn(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = Link().Match(message.TextBody ?? "");
        Assert.True(match.Success, $"No link in: {message.TextBody}");
        return new Uri(match.Value);
    }

    public async Task StopAsync()
    {
        _server.Shutdown();
        await _server.ShutdownTask;
        await _running;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    private sealed class Store(TestMailServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (server._all)
            {
                server._all.Add(message);
            }

            await server._received.Writer.WriteAsync(message, cancellationToken);
            return SmtpResponse.Ok;
        }
    }

    private sealed class Authenticator(string userName, string password) : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password1, CancellationToken cancellationToken) =>
            Task.FromResult(user == userName && password1 == password);
    }
}
