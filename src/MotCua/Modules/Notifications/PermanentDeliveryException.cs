namespace MotCua.Modules.Notifications;

/// <summary>Thrown by a sender when the message can never be delivered (bad address); the outbox marks it failed at once.</summary>
internal sealed class PermanentDeliveryException : Exception
{
    public PermanentDeliveryException(string message) : base(message)
    {
    }

    public PermanentDeliveryException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public PermanentDeliveryException()
    {
    }
}
