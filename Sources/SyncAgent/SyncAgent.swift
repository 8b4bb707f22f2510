// The sync agent (feed reading, import decisions, sync state) arrives with the sync issue.
