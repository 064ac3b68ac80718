using System.Threading.Channels;
using MimeKit;

namespace Supple.Web.Mail;

/// <summary>
/// Messages waiting to be sent by <see cref="SmtpMailSender"/>. Queuing takes no time, so a request never waits for the
/// mail server, and asking for a password reset takes as long for an address with an account as for one without.
/// </summary>
public sealed class MailOutbox
{
    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(new BoundedChannelOptions(1000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>Queues a message; false when the queue is full (the mail server has been failing for a while).</summary>
    public bool Enqueue(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _queue.Writer.TryWrite(message);
    }

    internal ChannelReader<MimeMessage> Reader => _queue.Reader;
}
