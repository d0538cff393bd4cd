"""gongkai (公开): Chinese government information-disclosure documents → a validated warehouse."""
