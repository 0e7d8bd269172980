using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Feedback.SendPetition;

/// <summary>
/// Sends without an account per client address in a sliding ten-minute window (<see cref="FeedbackOptions.SubmissionsPer10Minutes"/>,
/// ADR-046 §1). Checked by the page itself rather than the rate-limiting middleware, which runs before the sign-in is read:
/// a signed-in citizen is never counted.
/// </summary>
internal sealed class GuestSubmissionLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public GuestSubmissionLimit(IOptions<FeedbackOptions> options) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SubmissionsPer10Minutes,
            Window = TimeSpan.FromMinutes(10),
            SegmentsPerWindow = 10,
            QueueLimit = 0,
        }));

    /// <summary>Counts one send from the request's client address; false when the window is full.</summary>
    public bool TryCount(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
