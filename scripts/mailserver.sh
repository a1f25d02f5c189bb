#!/usr/bin/env bash
# A real mail server for the e-mail outreach tests: Debian's Postfix (SMTP, submission with AUTH and
# STARTTLS on 587, implicit TLS on 465) and Dovecot (IMAP with STARTTLS on 143, IMAPS on 993, LMTP delivery,
# SASL for Postfix), all on 127.0.0.1, for virtual users with passwords. Idempotent: installs what is
# missing (root + apt-get), writes the configuration, creates the users, starts what is not running; a
# second run with everything up returns at once.
#
#   domains    creatorbot.test (the team's mailboxes: team1…team5), creators.test (creator1…creator9)
#   password   $MAIL_TEST_PASSWORD (default creatorbot-test) for every user
#   bounces    an unknown user of those domains is accepted and then bounced with a real DSN (as large
#              providers do); any other domain is refused at RCPT (a synchronous refusal)
#
# Usage: scripts/mailserver.sh [--restart]. The tests read TEST_MAIL_HOST (default 127.0.0.1).
set -euo pipefail

PASSWORD=${MAIL_TEST_PASSWORD:-creatorbot-test}
TEAM_USERS="team1 team2 team3 team4 team5"
CREATOR_USERS="creator1 creator2 creator3 creator4 creator5 creator6 creator7 creator8 creator9"
CONF=/etc/dovecot/creatorbot
MAILROOT=/var/mail/vhosts

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ "${1:-}" != "--restart" ] && listening 587 && listening 143 && listening 993 && listening 465 \
  && [ -f "$CONF/users" ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "mailserver: not running, and only root can install and start it (sudo $0)" >&2
  exit 1
fi

need=()
command -v postfix >/dev/null 2>&1 || need+=(postfix)
command -v dovecot >/dev/null 2>&1 || need+=(dovecot-core dovecot-imapd dovecot-lmtpd)
[ -x /usr/lib/dovecot/lmtp ] || need+=(dovecot-lmtpd)
if [ ${#need[@]} -gt 0 ]; then
  echo "mailserver: installing ${need[*]}"
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  echo "postfix postfix/mailname string mail.creatorbot.test" | debconf-set-selections
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

getent group vmail >/dev/null || groupadd -r vmail
id vmail >/dev/null 2>&1 || useradd -r -g vmail -d "$MAILROOT" -s /usr/sbin/nologin vmail
mkdir -p "$CONF" "$MAILROOT"
chown -R vmail:vmail "$MAILROOT"

# --- a self-signed certificate (clients in the tests accept it explicitly) --------------------------------
if [ ! -f "$CONF/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mail.creatorbot.test" \
    -addext "subjectAltName=DNS:mail.creatorbot.test,DNS:localhost,IP:127.0.0.1" \
    -keyout "$CONF/key.pem" -out "$CONF/cert.pem" 2>/dev/null
  chmod 600 "$CONF/key.pem"
fi

# --- users ---------------------------------------------------------------------------------------------------
hash=$(doveadm pw -s SHA512-CRYPT -p "$PASSWORD")
: >"$CONF/users.new"
: >/etc/postfix/vmailbox.new 2>/dev/null || { mkdir -p /etc/postfix && : >/etc/postfix/vmailbox.new; }
for user in $TEAM_USERS; do
  echo "$user@creatorbot.test:$hash" >>"$CONF/users.new"
  echo "$user@creatorbot.test OK" >>/etc/postfix/vmailbox.new
done
for user in $CREATOR_USERS; do
  echo "$user@creators.test:$hash" >>"$CONF/users.new"
  echo "$user@creators.test OK" >>/etc/postfix/vmailbox.new
done
mv "$CONF/users.new" "$CONF/users"
mv /etc/postfix/vmailbox.new /etc/postfix/vmailbox
chown root:dovecot "$CONF/users" && chmod 640 "$CONF/users"

# --- Dovecot: one self-contained file (Debian's conf.d, with PAM and system users, is not read) -------------
cat >"$CONF/dovecot.conf" <<EOF
protocols = imap lmtp
listen = 127.0.0.1
base_dir = /run/dovecot-creatorbot
log_path = /var/log/dovecot-creatorbot.log
ssl = yes
ssl_cert = <$CONF/cert.pem
ssl_key = <$CONF/key.pem
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT username_format=%u $CONF/users
}
userdb {
  driver = static
  args = uid=vmail gid=vmail home=$MAILROOT/%d/%n
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 143
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = 993
    ssl = yes
  }
}
service lmtp {
  unix_listener /var/spool/postfix/private/dovecot-lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}
service auth {
  unix_listener /var/spool/postfix/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
protocol lmtp {
  postmaster_address = postmaster@creatorbot.test
}
EOF

# --- Postfix ---------------------------------------------------------------------------------------------------
[ -f /etc/postfix/master.cf ] || cp /usr/share/postfix/master.cf.dist /etc/postfix/master.cf
cat >/etc/postfix/main.cf <<EOF
compatibility_level = 3.6
myhostname = mail.creatorbot.test
mydomain = creatorbot.test
myorigin = \$myhostname
mydestination = localhost
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
maillog_file = /var/log/postfix-creatorbot.log
virtual_mailbox_domains = creatorbot.test creators.test
virtual_mailbox_maps = hash:/etc/postfix/vmailbox
virtual_transport = lmtp:unix:private/dovecot-lmtp
default_transport = error:5.1.2 this test server delivers to creatorbot.test and creators.test only
relay_transport = \$default_transport
smtpd_tls_cert_file = $CONF/cert.pem
smtpd_tls_key_file = $CONF/key.pem
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_relay_restrictions = permit_mynetworks permit_sasl_authenticated reject_unauth_destination
message_size_limit = 26214400
EOF
postmap /etc/postfix/vmailbox
postconf -F '*/*/chroot = n'  # no chroot: nothing to copy into the spool, and the sockets are plain paths
postconf -M "submission/inet=submission inet n - n - - smtpd"
# Unknown users of the local domains are accepted and bounced afterwards with a DSN, as big providers do
postconf -P "submission/inet/syslog_name=postfix/submission" "submission/inet/smtpd_tls_security_level=encrypt" \
  "submission/inet/smtpd_reject_unlisted_recipient=no" \
  "submission/inet/smtpd_sasl_auth_enable=yes" \
  "submission/inet/smtpd_client_restrictions=permit_sasl_authenticated,reject" \
  "submission/inet/smtpd_relay_restrictions=permit_sasl_authenticated,reject"
postconf -M "smtps/inet=smtps inet n - n - - smtpd"
postconf -P "smtps/inet/syslog_name=postfix/smtps" "smtps/inet/smtpd_tls_wrappermode=yes" \
  "smtps/inet/smtpd_reject_unlisted_recipient=no" \
  "smtps/inet/smtpd_sasl_auth_enable=yes" \
  "smtps/inet/smtpd_client_restrictions=permit_sasl_authenticated,reject" \
  "smtps/inet/smtpd_relay_restrictions=permit_sasl_authenticated,reject"

# --- start (or restart) --------------------------------------------------------------------------------------
mkdir -p /run/dovecot-creatorbot
if [ -f /run/dovecot-creatorbot/master.pid ] && kill -0 "$(cat /run/dovecot-creatorbot/master.pid)" 2>/dev/null; then
  doveadm -c "$CONF/dovecot.conf" reload
else
  dovecot -c "$CONF/dovecot.conf"
fi
if postfix status >/dev/null 2>&1; then
  postfix reload >/dev/null 2>&1
else
  postfix start >/dev/null 2>&1
fi
for _ in $(seq 30); do
  listening 587 && listening 465 && listening 143 && listening 993 && break
  sleep 0.5
done
if ! (listening 587 && listening 143); then
  echo "mailserver: did not come up; see /var/log/postfix-creatorbot.log and /var/log/dovecot-creatorbot.log" >&2
  exit 1
fi
echo "mailserver: SMTP 587/465 and IMAP 143/993 on 127.0.0.1 (users team1-5@creatorbot.test, creator1-9@creators.test)"
