package fi.polku.model;

/** The kind of channel a channel lane stands for. */
public enum ChannelType {
    WEB, SOCIAL, CHAT, EMAIL, PHONE, STORE, INVOICE, OTHER
}
